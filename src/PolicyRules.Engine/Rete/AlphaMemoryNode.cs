using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>The facts that passed one alpha chain. The entries live in the session, at <see cref="Id"/>.</summary>
internal sealed class AlphaMemoryNode(int id)
{
    private readonly List<IRightInput> _successors = [];

    public int Id { get; } = id;

    public IReadOnlyList<IRightInput> Successors => _successors;

    /// <summary>
    /// Deeper nodes are told first, so that a rule matching the same memory twice (a self-join)
    /// does not build the same pair from both sides.
    /// </summary>
    public void AddSuccessor(IRightInput successor)
    {
        var index = _successors.FindIndex(s => s.Level < successor.Level);
        _successors.Insert(index < 0 ? _successors.Count : index, successor);
    }

    public void Add(Session session, FactHandle handle, Truth degree, UnknownSet? unknowns)
    {
        var entry = new AlphaEntry(handle, degree, unknowns, this) { NextOfFact = handle.Entries };
        handle.Entries = entry;
        session.Link(entry);
        foreach (var successor in _successors)
        {
            successor.RightActivate(session, entry);
        }
    }

    public void Remove(Session session, AlphaEntry entry)
    {
        session.Unlink(entry);
        foreach (var successor in _successors)
        {
            successor.RightRetract(session, entry);
        }
    }
}
