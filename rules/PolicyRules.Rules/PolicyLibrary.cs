using System.Collections.Concurrent;
using PolicyRules.Engine;
using PolicyRules.Rules.Catalog;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules;

/// <summary>
/// The encoded policies: the rules of each area, their catalogues, and their parameters as of any
/// date. Loading and compiling happen once; everything here is safe to share between threads.
/// </summary>
public sealed class PolicyLibrary
{
    private static readonly Lazy<PolicyLibrary> Shared = new(() => new PolicyLibrary());

    private readonly Dictionary<string, AreaCatalog> _catalogs;
    private readonly ConcurrentDictionary<DateOnly, ParameterSnapshot> _snapshots = new();
    private readonly Lazy<ISessionFactory> _factory;

    private PolicyLibrary()
    {
        _catalogs = PolicyAreas.All.ToDictionary(a => a, CatalogLoader.Load);
        Repository = new RuleRepository();
        foreach (var area in PolicyAreas.All)
        {
            Repository.Load(x => x.From(typeof(PolicyLibrary).Assembly).Where(r => r.IsTagged(area)).To(area));
        }

        _factory = new(() => Repository.Compile());
    }

    public static PolicyLibrary Instance => Shared.Value;

    /// <summary>Identifies this set of rules and parameters in reports.</summary>
    public static string Version => typeof(PolicyLibrary).Assembly.GetName().Version?.ToString() ?? "0";

    public RuleRepository Repository { get; }

    /// <summary>All areas in one network: a person's facts are screened against every program at once.</summary>
    public ISessionFactory Factory => _factory.Value;

    public IReadOnlyCollection<AreaCatalog> Catalogs => _catalogs.Values;

    public AreaCatalog Catalog(string area) => _catalogs[area];

    public ParameterSnapshot Parameters(DateOnly date) => _snapshots.GetOrAdd(date, d => new ParameterSnapshot(d, this));
}
