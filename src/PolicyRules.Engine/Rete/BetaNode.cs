using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// One element of a rule in the beta network: it combines partial matches from the node before it
/// (<see cref="Source"/>; null means the session's root token) with the facts of an alpha memory
/// (<see cref="Right"/>), and keeps its own partial matches in the session at <see cref="Id"/>.
/// </summary>
internal abstract class BetaNode(int id, int level, RuleElement element, BetaNode? source, AlphaMemoryNode right,
    CompiledCondition[] alphaConditions, CompiledCondition[] joinConditions)
    : ITokenSink, IRightInput
{
    public int Id { get; } = id;

    public int Level { get; } = level;

    public RuleElement Element { get; } = element;

    public BetaNode? Source { get; } = source;

    public AlphaMemoryNode Right { get; } = right;

    /// <summary>The single-fact conditions of the element, tested in the (shared) alpha network.</summary>
    public CompiledCondition[] AlphaConditions { get; } = alphaConditions;

    /// <summary>The conditions that also read earlier declarations.</summary>
    public CompiledCondition[] JoinConditions { get; } = joinConditions;

    public ITokenSink Child { get; set; } = null!;

    public abstract void LeftActivate(Session session, Token token);

    public abstract void RightActivate(Session session, AlphaEntry entry);

    public abstract void RightRetract(Session session, AlphaEntry entry);

    public void LeftRetract(Session session, Token token)
    {
        for (var own = session.FirstToken(Id); own is not null;)
        {
            var next = own.Next;
            if (own.Parent == token)
            {
                Remove(session, own);
            }

            own = next;
        }
    }

    protected void Emit(Session session, Token token)
    {
        session.Link(Id, token);
        Child.LeftActivate(session, token);
    }

    protected void Remove(Session session, Token token)
    {
        session.Unlink(Id, token);
        Child.LeftRetract(session, token);
    }

    protected Token? OwnTokenFor(Session session, Token parent)
    {
        for (var own = session.FirstToken(Id); own is not null; own = own.Next)
        {
            if (own.Parent == parent)
            {
                return own;
            }
        }

        return null;
    }

    /// <summary>How surely the entry joins the partial match: the lesser of both degrees and every join condition.</summary>
    protected Truth Join(Session session, Token left, AlphaEntry entry, out UnknownSet? unknowns)
    {
        var truth = entry.Degree;
        unknowns = entry.Unknowns;
        foreach (var condition in JoinConditions)
        {
            var value = condition.Evaluate(left, entry.Handle.Object, null);
            if (value == Truth.False)
            {
                return Truth.False;
            }

            if (value == Truth.Unknown)
            {
                unknowns = UnknownSet.Union(unknowns, session.CollectUnknowns(condition, left, entry.Handle.Object));
            }

            truth = truth.And(value);
        }

        return truth;
    }

    /// <summary>Replaces the token derived from <paramref name="left"/> if its degree or unknowns changed.</summary>
    protected void Reconcile(Session session, Token left, Truth truth, object? value, UnknownSet? unknowns, Func<object?, object?, bool> sameValue)
    {
        var degree = left.Degree.And(truth);
        var merged = degree == Truth.Unknown ? UnknownSet.Union(left.Unknowns, unknowns) : null;
        var existing = OwnTokenFor(session, left);
        if (existing is not null)
        {
            if (degree != Truth.False && existing.Degree == degree && UnknownSet.AreEqual(existing.Unknowns, merged)
                && sameValue(existing.Value, value))
            {
                return;
            }

            Remove(session, existing);
        }

        if (degree != Truth.False)
        {
            Emit(session, new Token(left, Level, value, null, degree, merged));
        }
    }
}
