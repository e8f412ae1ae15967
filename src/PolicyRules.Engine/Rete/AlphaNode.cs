using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>Tests one condition on a single fact. Shared by every rule whose pattern has the same condition.</summary>
internal sealed class AlphaNode(string key, CompiledCondition condition) : AlphaParent
{
    public string Key { get; } = key;

    public CompiledCondition Condition { get; } = condition;

    public void Activate(Session session, FactHandle handle, Truth degree, UnknownSet? unknowns)
    {
        var truth = Condition.Evaluate(null, handle.Object, null);
        if (truth == Truth.False)
        {
            return;
        }

        if (truth == Truth.Unknown)
        {
            unknowns = UnknownSet.Union(unknowns, session.CollectUnknowns(Condition, null, handle.Object));
        }

        Propagate(session, handle, degree.And(truth), unknowns);
    }
}
