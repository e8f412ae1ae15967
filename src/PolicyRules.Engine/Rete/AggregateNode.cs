using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Folds the facts that join a partial match into a collection, count or sum, and passes the match
/// on with that result while the result conditions hold. Facts that only possibly match are
/// accounted for by testing the result both without and with them: when the two tests disagree,
/// the outcome is unknown. (Exact for monotone conditions such as count ≥ n; others are
/// approximated by those two bounds.)
/// </summary>
internal sealed class AggregateNode(int id, int level, AggregateElement element, BetaNode? source, AlphaMemoryNode right,
    CompiledCondition[] alphaConditions, CompiledCondition[] joinConditions,
    Func<Token?, object, decimal>? selector, CompiledCondition[] resultConditions)
    : BetaNode(id, level, element, source, right, alphaConditions, joinConditions)
{
    private static readonly Func<object?, object?, bool> SameResult = static (left, right) =>
        left is Array a && right is Array b ? a.Length == b.Length && a.Cast<object>().SequenceEqual(b.Cast<object>(), ReferenceEqualityComparer.Instance) : Equals(left, right);

    public CompiledCondition[] ResultConditions { get; } = resultConditions;

    public override void LeftActivate(Session session, Token token) => Update(session, token);

    public override void RightActivate(Session session, AlphaEntry entry) => UpdateAll(session);

    public override void RightRetract(Session session, AlphaEntry entry) => UpdateAll(session);

    /// <summary>The result over the facts that join <paramref name="left"/> for certain (and, if asked, possibly).</summary>
    public object Aggregate(Session session, Token left, bool includePossible)
    {
        var facts = new List<object>();
        var sum = 0m;
        for (var entry = session.FirstEntry(Right.Id); entry is not null; entry = entry.Next)
        {
            var truth = Join(session, left, entry, out _);
            if (truth == Truth.True || (includePossible && truth == Truth.Unknown))
            {
                facts.Add(entry.Handle.Object);
                sum += selector?.Invoke(left, entry.Handle.Object) ?? 0m;
            }
        }

        return Result(facts, sum);
    }

    public Truth TestResult(Session session, Token left, object result, List<MissingInput>? sink)
    {
        var truth = Truth.True;
        foreach (var condition in ResultConditions)
        {
            truth = truth.And(condition.Evaluate(left, result, sink));
        }

        return truth;
    }

    private void UpdateAll(Session session)
    {
        for (var left = session.FirstLeft(Source); left is not null; left = left.Next)
        {
            Update(session, left);
        }
    }

    private void Update(Session session, Token left)
    {
        var hasPossible = false;
        UnknownSet? unknowns = null;
        for (var entry = session.FirstEntry(Right.Id); entry is not null; entry = entry.Next)
        {
            if (Join(session, left, entry, out var entryUnknowns) == Truth.Unknown)
            {
                hasPossible = true;
                unknowns = UnknownSet.Union(unknowns, entryUnknowns);
            }
        }

        var result = Aggregate(session, left, includePossible: false);
        var truth = TestResult(session, left, result, null);
        if (hasPossible && selector is not null)
        {
            // A possible fact's value may be unknowable, so no upper bound can be computed.
            truth = Truth.Unknown;
        }
        else if (hasPossible && truth != Truth.Unknown && TestResult(session, left, Aggregate(session, left, includePossible: true), null) != truth)
        {
            truth = Truth.Unknown;
        }
        else if (truth == Truth.Unknown)
        {
            var sink = new List<MissingInput>();
            TestResult(session, left, result, sink);
            unknowns = UnknownSet.Union(unknowns, UnknownSet.Of(sink));
        }

        Reconcile(session, left, truth, result, truth == Truth.Unknown ? unknowns : null, SameResult);
    }

    private object Result(List<object> facts, decimal sum)
    {
        switch (((AggregateElement)Element).Kind)
        {
            case AggregateKind.Count:
                return facts.Count;
            case AggregateKind.Sum:
                return sum;
            default:
                var collection = Array.CreateInstance(((AggregateElement)Element).Source.FactType, facts.Count);
                for (var i = 0; i < facts.Count; i++)
                {
                    collection.SetValue(facts[i], i);
                }

                return collection;
        }
    }
}
