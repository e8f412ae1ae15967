using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Fluent;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// The <see cref="IContext"/> an action sees. For a possible match (degree unknown) the action runs
/// hypothetically: what it inserts enters as possible facts linked to the match, and updates and
/// retractions are not carried out.
/// </summary>
internal sealed class ActionContext(Session session) : IContext
{
    private Activation _current = null!;

    public RuleDefinition Rule => _current.Rule.Definition;

    public DateOnly AsOf => session.AsOf;

    private bool IsHypothetical => _current.Degree != Truth.True;

    public void Begin(Activation activation) => _current = activation;

    public void Insert(object fact)
    {
        if (IsHypothetical)
        {
            InsertLinked(fact);
            return;
        }

        session.InsertDerived(fact, _current, linked: false);
    }

    public bool TryInsert(object fact)
    {
        if (session.Contains(fact))
        {
            return false;
        }

        Insert(fact);
        return true;
    }

    public void InsertLinked(object fact)
    {
        if (IsHypothetical && session.Contains(fact))
        {
            return;
        }

        session.InsertDerived(fact, _current, linked: true);
    }

    public void Update(object fact)
    {
        if (!IsHypothetical)
        {
            session.Update(fact);
        }
    }

    public void Retract(object fact)
    {
        if (!IsHypothetical)
        {
            session.Retract(fact);
        }
    }
}
