using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>Extends each partial match with each fact of the alpha memory that meets the join conditions.</summary>
internal sealed class JoinNode(int id, int level, RuleElement element, BetaNode? source, AlphaMemoryNode right,
    CompiledCondition[] alphaConditions, CompiledCondition[] joinConditions)
    : BetaNode(id, level, element, source, right, alphaConditions, joinConditions)
{
    public override void LeftActivate(Session session, Token token)
    {
        for (var entry = session.FirstEntry(Right.Id); entry is not null; entry = entry.Next)
        {
            TryJoin(session, token, entry);
        }
    }

    public override void RightActivate(Session session, AlphaEntry entry)
    {
        for (var left = session.FirstLeft(Source); left is not null; left = left.Next)
        {
            TryJoin(session, left, entry);
        }
    }

    public override void RightRetract(Session session, AlphaEntry entry)
    {
        for (var own = session.FirstToken(Id); own is not null;)
        {
            var next = own.Next;
            if (own.Handle == entry.Handle)
            {
                Remove(session, own);
            }

            own = next;
        }
    }

    private void TryJoin(Session session, Token left, AlphaEntry entry)
    {
        var truth = Join(session, left, entry, out var unknowns);
        if (truth == Truth.False)
        {
            return;
        }

        var degree = left.Degree.And(truth);
        var merged = degree == Truth.Unknown ? UnknownSet.Union(left.Unknowns, unknowns) : null;
        Emit(session, new Token(left, Level, entry.Handle.Object, entry.Handle, degree, merged));
    }
}
