using System.Collections.Concurrent;

namespace PolicyRules.Engine.Rete;

/// <summary>The compiled, immutable network of a rule set, shared by all its sessions.</summary>
internal sealed class ReteNetwork(
    IReadOnlyList<TypeNode> typeNodes, IReadOnlyList<RuleNode> rules, IReadOnlyList<BetaNode> rootConsumers,
    int alphaMemoryCount, int betaMemoryCount)
{
    private readonly ConcurrentDictionary<Type, TypeNode[]> _dispatch = new();
    private readonly ConcurrentDictionary<DateOnly, bool[]> _inForce = new();

    public IReadOnlyList<RuleNode> Rules { get; } = rules;

    /// <summary>First elements that hold without any fact (not, exists, aggregates) and start from the root token.</summary>
    public IReadOnlyList<BetaNode> RootConsumers { get; } = rootConsumers;

    public int AlphaMemoryCount { get; } = alphaMemoryCount;

    public int BetaMemoryCount { get; } = betaMemoryCount;

    public TypeNode[] TypeNodesFor(Type factType) =>
        _dispatch.TryGetValue(factType, out var nodes)
            ? nodes
            : _dispatch.GetOrAdd(factType, [.. typeNodes.Where(n => n.Type.IsAssignableFrom(factType))]);

    public bool[] InForce(DateOnly asOf) =>
        _inForce.TryGetValue(asOf, out var inForce)
            ? inForce
            : _inForce.GetOrAdd(asOf, [.. Rules.Select(r => r.Definition.Effective.Contains(asOf))]);
}
