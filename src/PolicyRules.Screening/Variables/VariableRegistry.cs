using System.Reflection;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;
using PolicyRules.Rules;
using PolicyRules.Rules.Catalog;
using PolicyRules.Rules.Common;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// Every variable of every area: found by reflection on the input fact types (their Input&lt;T&gt;
/// properties with [Variable] ids), joined with the area's question catalogue, and linked to the
/// programs that read them through the engine's dependency analysis.
/// </summary>
public sealed class VariableRegistry
{
    private readonly Dictionary<string, VariableDefinition> _byId;

    public VariableRegistry(PolicyLibrary library)
    {
        var programsByVariable = ProgramsByVariable(library);
        _byId = [];
        foreach (var factType in InputFactTypes)
        {
            var area = AreaOf(factType);
            var catalog = library.Catalog(area);
            foreach (var property in factType.GetProperties().Where(p => IsInput(p.PropertyType)))
            {
                var id = property.GetCustomAttribute<VariableAttribute>()?.Id
                    ?? throw new InvalidOperationException($"{factType.Name}.{property.Name} needs a [Variable] id.");
                var entry = catalog.Variables.FirstOrDefault(v => v.Id == id)
                    ?? throw new InvalidOperationException($"Variable '{id}' has no entry in {area}'s variables.yaml.");
                var valueType = property.PropertyType.GetGenericArguments()[0];
                _byId.Add(id, new VariableDefinition(id, area, factType, property, valueType, KindOf(valueType), entry,
                    programsByVariable.TryGetValue(id, out var programs) ? programs : []));
            }
        }
    }

    /// <summary>The fact types that carry inputs: one instance of each is inserted per evaluation.</summary>
    public static IReadOnlyList<Type> InputFactTypes { get; } = typeof(PolicyLibrary).Assembly.GetTypes()
        .Where(t => t.IsClass && t.GetProperties().Any(p => IsInput(p.PropertyType)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public IReadOnlyCollection<VariableDefinition> All => _byId.Values;

    public bool TryGet(string id, out VariableDefinition variable) => _byId.TryGetValue(id, out variable!);

    public VariableDefinition this[string id] => _byId[id];

    private static bool IsInput(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Input<>);

    private static string AreaOf(Type factType) =>
        PolicyAreas.All.First(a => factType.Namespace!.Contains($".{CatalogLoader.FolderOf(a)}.", StringComparison.Ordinal)
            || factType.Namespace!.EndsWith($".{CatalogLoader.FolderOf(a)}", StringComparison.Ordinal));

    private static VariableKind KindOf(Type type) => type switch
    {
        _ when type == typeof(bool) => VariableKind.Bool,
        _ when type == typeof(DateOnly) => VariableKind.Date,
        _ when type == typeof(int) => VariableKind.Int,
        _ when type == typeof(decimal) => VariableKind.Decimal,
        _ when type.IsEnum => VariableKind.Choice,
        _ when type == typeof(string) => VariableKind.Text,
        _ => throw new InvalidOperationException($"Inputs of type {type.Name} are not supported."),
    };

    /// <summary>For each variable, the programs whose rules read it directly or through a chain of derived facts.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ProgramsByVariable(PolicyLibrary library)
    {
        var analysis = library.Factory.Analysis;
        var result = new Dictionary<string, List<string>>();
        foreach (var program in library.Catalogs.SelectMany(c => c.Programs))
        {
            var tag = ProgramAttribute.TagFor(program.Id);
            var rules = library.Factory.Rules.Where(r => r.IsTagged(tag)).ToList();
            var upstream = rules.SelectMany(r => r.ConsumedTypes).Distinct().SelectMany(analysis.RulesLeadingTo);
            foreach (var variable in rules.Concat(upstream).SelectMany(r => r.Inputs).Select(v => v.Id).Distinct())
            {
                if (!result.TryGetValue(variable, out var programs))
                {
                    result[variable] = programs = [];
                }

                programs.Add(program.Id);
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
    }
}
