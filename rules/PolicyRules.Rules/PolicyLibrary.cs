using System.Collections.Concurrent;
using System.Reflection;
using NRules.Fluent;
using NRules.RuleModel;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;
using PolicyRules.Rules.Catalog;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules;

/// <summary>
/// The encoded policies: the areas found in this assembly (and in any other given), their rules,
/// catalogues and parameters as of any date. Loading and compiling happen once; everything here is
/// safe to share between threads. Hosts do not use it directly: they receive the screening services
/// built on it.
/// </summary>
public sealed class PolicyLibrary
{
    private static readonly Lazy<PolicyLibrary> Shared = new(() => Load());

    private readonly Dictionary<string, AreaModule> _areas;
    private readonly ConcurrentDictionary<DateOnly, IReadOnlyList<object>> _contexts = new();
    private readonly Lazy<ISessionFactory> _factory;
    private readonly ConcurrentDictionary<string, Lazy<ISessionFactory>> _areaFactories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EffectivePeriod> _windows;

    private PolicyLibrary(IReadOnlyList<Assembly> assemblies)
    {
        var areas = assemblies.SelectMany(AreaModule.Discover).ToArray();
        var vocabularies = assemblies.SelectMany(a => CatalogLoader.VocabularyFolders(a).Select(folder => CatalogLoader.Load(a, folder))).ToArray();
        var duplicate = areas.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two areas have the id '{duplicate.Key}'.");
        }

        Areas = areas;
        Vocabularies = vocabularies;
        _areas = areas.ToDictionary(a => a.Id);
        InputFactTypes = [.. assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && t.GetProperties().Any(p => IsInput(p.PropertyType)) && Catalogs.Concat(Vocabularies).Any(c => AreaModule.InFolder(t, c.Folder)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
        Repository = new RuleRepository();
        foreach (var area in areas)
        {
            Repository.Load(x => x.From(area.RuleTypes).To(area.Id));
        }

        _windows = Repository.GetRuleSets().SelectMany(s => s.Rules.Select(r => (r.Name, _areas[s.Name].InForce))).ToDictionary();
        _factory = new(() => Compile(Repository.GetRuleSets()));
    }

    /// <summary>The areas of this assembly.</summary>
    public static PolicyLibrary Default => Shared.Value;

    /// <summary>Identifies this set of rules and parameters in reports.</summary>
    public static string Version => typeof(PolicyLibrary).Assembly.GetName().Version?.ToString() ?? "0";

    public IReadOnlyList<AreaModule> Areas { get; }

    /// <summary>The NRules repository the rule classes were loaded into, one rule set per area (classes by full name).</summary>
    public RuleRepository Repository { get; }

    /// <summary>All areas in one network: a person's facts are screened against every program at once.</summary>
    public ISessionFactory Factory => _factory.Value;

    /// <summary>
    /// One area's rules in a network of their own (compiled on first use): an area's programs are decided by its own
    /// rules, so screening one area costs what its rules cost, not what the whole library's do.
    /// </summary>
    public ISessionFactory FactoryFor(string area) =>
        _areaFactories.GetOrAdd(Area(area).Id, id => new(() => Compile(Repository.GetRuleSets().Where(s => s.Name == id)))).Value;

    public IReadOnlyCollection<AreaCatalog> Catalogs => [.. Areas.Select(a => a.Catalog)];

    /// <summary>The vocabularies: variables that several areas read, such as the citizen's (<c>Citizen/vocabulary.yaml</c>).</summary>
    public IReadOnlyList<AreaCatalog> Vocabularies { get; }

    /// <summary>The areas and vocabularies of this assembly and of <paramref name="areaAssemblies"/> (a test's own area, say).</summary>
    public static PolicyLibrary Load(params Assembly[] areaAssemblies) =>
        new([.. new[] { typeof(PolicyLibrary).Assembly }.Concat(areaAssemblies).Distinct()]);

    public AreaModule Area(string id) =>
        _areas.TryGetValue(id, out var area) ? area : throw new KeyNotFoundException($"There is no area '{id}'.");

    /// <summary>The catalogue of an area or a vocabulary.</summary>
    public AreaCatalog Catalog(string id) =>
        _areas.TryGetValue(id, out var area) ? area.Catalog
            : Vocabularies.FirstOrDefault(v => v.Area == id) ?? throw new KeyNotFoundException($"There is no area or vocabulary '{id}'.");

    /// <summary>The area or vocabulary a fact type belongs to: the one whose folder names a segment of its namespace.</summary>
    public AreaCatalog CatalogOf(Type factType) =>
        Catalogs.Concat(Vocabularies).FirstOrDefault(c => AreaModule.InFolder(factType, c.Folder))
            ?? throw new InvalidOperationException($"{factType.FullName} is in no area's or vocabulary's namespace.");

    /// <summary>Whether a property of this type is an input (an <c>Input&lt;T&gt;</c>).</summary>
    public static bool IsInput(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Input<>);

    /// <summary>The fact types that carry inputs (Input&lt;T&gt; properties) in the areas' and vocabularies' assemblies, by full name.</summary>
    public IReadOnlyList<Type> InputFactTypes { get; }

    /// <summary>The compiled rules of one area (or, with no area, of all), in load order.</summary>
    public IReadOnlyList<CompiledRule> Rules(string? area = null)
    {
        var names = area is null ? null : Repository.GetRuleSets().Single(s => s.Name == area).Rules.Select(r => r.Name).ToHashSet();
        return [.. Factory.Rules.Where(r => names is null || names.Contains(r.Name))];
    }

    private ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets) =>
        new ThreeValuedRuleCompiler { DefaultEffective = r => _windows[r.Name] }.Compile(ruleSets);

    /// <summary>The policy context of every area that has parameters, as of <paramref name="date"/>: facts each session starts with.</summary>

    public IReadOnlyList<object> ContextFacts(DateOnly date) => _contexts.GetOrAdd(date, d =>
        [.. Areas.Where(a => a.ParametersType is not null).Select(a => Activator.CreateInstance(
            typeof(PolicyContext<>).MakeGenericType(a.ParametersType!), d, ParameterBinder.Bind(a.ParametersType!, a.Catalog, d))!)]);
}
