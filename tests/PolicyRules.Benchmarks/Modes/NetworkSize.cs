using System.Reflection;
using PolicyRules.Engine;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// Node counts of a compiled network, read by reflection for the reports only (the engine keeps
/// its network internal): rule nodes, alpha memories and beta memories (one per rule element).
/// </summary>
public sealed record NetworkSize(int Rules, int AlphaMemories, int BetaMemories)
{
    public static NetworkSize? Of(ISessionFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var network = factory.GetType().GetField("_network", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(factory);
        if (network is null)
        {
            return null;
        }

        int Read(string property) => network.GetType().GetProperty(property)?.GetValue(network) as int? ?? -1;
        return new NetworkSize(factory.Rules.Count, Read("AlphaMemoryCount"), Read("BetaMemoryCount"));
    }

    public override string ToString() => $"{Rules} rules, {AlphaMemories} alpha memories, {BetaMemories} beta memories";
}
