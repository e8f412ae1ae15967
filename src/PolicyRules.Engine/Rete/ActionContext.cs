using NRules.RuleModel;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// NRules' <see cref="IContext"/> as an action sees it here. For a possible match (degree unknown)
/// the action runs hypothetically: what it inserts enters as possible facts linked to the match,
/// and updates and retractions are not carried out. The members the compiler refuses at load
/// (<see cref="Compilation.ContextUse"/>) throw if reached some other way.
/// </summary>
internal sealed class ActionContext(Session session) : IContext
{
    private Activation _current = null!;

    public IRuleDefinition Rule => _current.Rule.Definition.Definition;

    public IMatch Match => throw Unsupported(nameof(Match));

    public CancellationToken CancellationToken => CancellationToken.None;

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

    /// <summary>Inserts a fact withdrawn when this match stops holding (what <c>Yield</c> does).</summary>
    public void InsertLinked(object fact)
    {
        if (IsHypothetical && session.Contains(fact))
        {
            return;
        }

        session.InsertDerived(fact, _current, linked: true);
    }

    /// <summary>NRules keys a match's linked facts so that a re-activation can update them; here they are re-derived instead.</summary>
    public void InsertLinked(object key, object fact) => InsertLinked(fact);

    public void Update(object fact)
    {
        if (!IsHypothetical)
        {
            session.Update(fact);
        }
    }

    public bool TryUpdate(object fact) => IsHypothetical || session.TryUpdate(fact);

    public void Retract(object fact)
    {
        if (!IsHypothetical)
        {
            session.Retract(fact);
        }
    }

    public bool TryRetract(object fact) => IsHypothetical || session.TryRetract(fact);

    public void Halt() => throw Unsupported(nameof(Halt));

    public void InsertAll(IEnumerable<object> facts) => throw Unsupported(nameof(InsertAll));

    public void UpdateAll(IEnumerable<object> facts) => throw Unsupported(nameof(UpdateAll));

    public void RetractAll(IEnumerable<object> facts) => throw Unsupported(nameof(RetractAll));

    public IReadOnlyCollection<object> GetLinkedKeys() => throw Unsupported(nameof(GetLinkedKeys));

    public object? GetLinked(object key) => throw Unsupported(nameof(GetLinked));

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported(nameof(InsertAllLinked));

    public void UpdateLinked(object key, object fact) => throw Unsupported(nameof(UpdateLinked));

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported(nameof(UpdateAllLinked));

    public void RetractLinked(object key, object fact) => throw Unsupported(nameof(RetractLinked));

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported(nameof(RetractAllLinked));

    public object Resolve(Type serviceType) => throw Unsupported(nameof(Resolve));

    private static NotSupportedException Unsupported(string member) =>
        new($"IContext.{member} is not supported by the three-valued engine.");
}
