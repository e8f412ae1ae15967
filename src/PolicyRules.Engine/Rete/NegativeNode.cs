using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Exists (or, with <see cref="IsNot"/>, Not): passes each partial match on as long as some (no)
/// fact matches. A match that only possibly holds makes the result unknown.
/// </summary>
internal sealed class NegativeNode(int id, int level, RuleElement element, BetaNode? source, AlphaMemoryNode right,
    CompiledCondition[] alphaConditions, CompiledCondition[] joinConditions, bool isNot)
    : BetaNode(id, level, element, source, right, alphaConditions, joinConditions)
{
    private static readonly Func<object?, object?, bool> NoValue = static (_, _) => true;

    public bool IsNot { get; } = isNot;

    public override void LeftActivate(Session session, Token token) => Update(session, token);

    public override void RightActivate(Session session, AlphaEntry entry) => UpdateAll(session);

    public override void RightRetract(Session session, AlphaEntry entry) => UpdateAll(session);

    private void UpdateAll(Session session)
    {
        for (var left = session.FirstLeft(Source); left is not null; left = left.Next)
        {
            Update(session, left);
        }
    }

    private void Update(Session session, Token left)
    {
        var found = Truth.False;
        UnknownSet? unknowns = null;
        for (var entry = session.FirstEntry(Right.Id); entry is not null && found != Truth.True; entry = entry.Next)
        {
            var truth = Join(session, left, entry, out var entryUnknowns);
            if (truth == Truth.Unknown)
            {
                unknowns = UnknownSet.Union(unknowns, entryUnknowns);
            }

            found = found.Or(truth);
        }

        var holds = IsNot ? found.Not() : found;
        Reconcile(session, left, holds, null, holds == Truth.Unknown ? unknowns : null, NoValue);
    }
}
