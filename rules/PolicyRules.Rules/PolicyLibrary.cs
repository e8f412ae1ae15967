using System.Collections.Concurrent;
using System.Reflection;
using NRules.Fluent;
using PolicyRules.Engine;
using PolicyRules.Engine.RuleModel;
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
        var ruleTypes = RuleTypesByName(typeof(PolicyLibrary).Assembly);
        foreach (var area in PolicyAreas.All)
        {
            Repository.Load(x => x.From(ruleTypes).Where(r => r.IsTagged(area)).To(area));
        }

        _factory = new(() => Repository.CompileThreeValued());
    }

    public static PolicyLibrary Instance => Shared.Value;

    /// <summary>Identifies this set of rules and parameters in reports.</summary>
    public static string Version => typeof(PolicyLibrary).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>The NRules repository the rule classes were loaded into, one rule set per area.</summary>
    public RuleRepository Repository { get; }

    /// <summary>All areas in one network: a person's facts are screened against every program at once.</summary>
    public ISessionFactory Factory => _factory.Value;

    /// <summary>The compiled rules of one area (or, with no area, of all), in load order.</summary>
    public IReadOnlyList<CompiledRule> Rules(string? area = null) =>
        [.. Factory.Rules.Where(r => area is null || r.IsTagged(area))];

    public IReadOnlyCollection<AreaCatalog> Catalogs => _catalogs.Values;

    public AreaCatalog Catalog(string area) => _catalogs[area];

    /// <summary>
    /// The rule classes ordered by full name: rule order breaks ties on the agenda and orders the
    /// notices of a report, so it must not depend on how the compiler happened to lay out the types.
    /// </summary>
    private static Type[] RuleTypesByName(Assembly assembly) =>
        [.. assembly.GetTypes().Where(RuleTypeScanner.IsRuleType).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public ParameterSnapshot Parameters(DateOnly date) => _snapshots.GetOrAdd(date, d => new ParameterSnapshot(d, this));
}
