namespace PolicyRules.Engine.Rete;

/// <summary>The entry of the alpha network for facts assignable to <see cref="Type"/>.</summary>
internal sealed class TypeNode(Type type) : AlphaParent
{
    public Type Type { get; } = type;

    public void Activate(Session session, FactHandle handle) => Propagate(session, handle, handle.Degree, handle.Unknowns);
}
