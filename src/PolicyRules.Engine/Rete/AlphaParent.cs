using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>A node of the alpha network: it passes facts on to its children and, at a chain's end, into a memory.</summary>
internal abstract class AlphaParent
{
    public List<AlphaNode> Children { get; } = [];

    public AlphaMemoryNode? Memory { get; set; }

    protected void Propagate(Session session, FactHandle handle, Truth degree, UnknownSet? unknowns)
    {
        Memory?.Add(session, handle, degree, unknowns);
        foreach (var child in Children)
        {
            child.Activate(session, handle, degree, unknowns);
        }
    }
}
