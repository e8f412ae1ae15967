using System.Reflection;
using PolicyRules.Engine;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;
using PolicyRules.Rules;
using PolicyRules.Rules.Catalog;
using PolicyRules.Rules.Common;
using PolicyRules.Screening.Amounts;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// Every variable of every area and vocabulary: found by reflection on the input fact types (their
/// Input&lt;T&gt; properties with [Variable] ids), joined with the question catalogue of the module
/// whose namespace they are in, and linked to the programs that read them through the engine's
/// dependency analysis.
/// </summary>
public sealed class VariableRegistry
{
    private readonly Dictionary<string, VariableDefinition> _byId;

    public VariableRegistry(PolicyLibrary library)
    {
        var properties = PropertiesById(library);
        Amounts = new AmountFormulas(library, properties.ContainsKey);
        var programsByVariable = ProgramsByVariable(library, Amounts);
        _byId = [];

        // In catalogue order (the vocabularies, then each area's variables*.yaml as written): the order of
        // the paper form, which the interview falls back on when two questions matter equally.
        foreach (var module in library.Vocabularies.Concat(library.Catalogs))
        {
            foreach (var entry in module.Variables)
            {
                if (_byId.TryGetValue(entry.Id, out var shared))
                {
                    // An area's own reason for asking a question of the citizen vocabulary.
                    shared.AddReason(module, entry);
                    continue;
                }

                if (!properties.Remove(entry.Id, out var found) || library.CatalogOf(found.FactType) != module)
                {
                    throw new InvalidOperationException($"{module.Folder}'s variables.yaml lists '{entry.Id}', which no input fact of {module.Folder} declares.");
                }

                var valueType = found.Property.PropertyType.GetGenericArguments()[0];
                _byId.Add(entry.Id, new VariableDefinition(entry.Id, module, found.FactType, found.Property, valueType, KindOf(valueType), entry,
                    programsByVariable.TryGetValue(entry.Id, out var programs) ? programs : []));
            }
        }

        if (properties.Keys.FirstOrDefault() is { } missing)
        {
            throw new InvalidOperationException($"Variable '{missing}' has no entry in the variables.yaml of {library.CatalogOf(properties[missing].FactType).Folder}.");
        }

        foreach (var gathering in _byId.Values.Where(v => v.Entry.Gathers.Count > 0))
        {
            gathering.Gather([.. gathering.Entry.Gathers.Select(g => AnswerOnNo(gathering, g.Key, g.Value))]);
        }

        foreach (var deadline in library.Catalogs.SelectMany(c => c.Deadlines.Select(d => (Area: c, Deadline: d))).Where(x => x.Deadline.After is not null))
        {
            if (!_byId.TryGetValue(deadline.Deadline.After!, out var after) || after.Kind != VariableKind.Date)
            {
                throw new InvalidOperationException($"{deadline.Area.Folder}/deadlines: '{deadline.Deadline.Id}' counts from '{deadline.Deadline.After}', which is no date variable.");
            }
        }

        InputFactTypes = library.InputFactTypes;
    }

    /// <summary>The amount formulas of every area, checked against the variables.</summary>
    internal AmountFormulas Amounts { get; }

    /// <summary>The fact types that carry inputs: one instance of each is inserted per evaluation.</summary>
    public IReadOnlyList<Type> InputFactTypes { get; }

    public IReadOnlyCollection<VariableDefinition> All => _byId.Values;

    public bool TryGet(string id, out VariableDefinition variable) => _byId.TryGetValue(id, out variable!);

    public VariableDefinition this[string id] => _byId[id];

    /// <summary>The answer a gathered variable takes when the question gathering it is answered no.</summary>
    private Answer AnswerOnNo(VariableDefinition gathering, string id, string value)
    {
        var where = $"{gathering.Module.Folder}'s variables.yaml: '{gathering.Id}' gathers '{id}'";
        if (gathering.Kind != VariableKind.Bool)
        {
            throw new InvalidOperationException($"{where}, but only a yes/no question can gather others.");
        }

        if (!_byId.TryGetValue(id, out var gathered) || gathered.GatheredBy is not null)
        {
            throw new InvalidOperationException($"{where}, which is no variable or is already gathered by another question.");
        }

        object? parsed = gathered.Kind switch
        {
            VariableKind.Bool => bool.TryParse(value, out var b) ? b : null,
            VariableKind.Choice => AnswerReader.ChoiceValue(gathered, value),
            _ => null,
        };
        return parsed is null
            ? throw new InvalidOperationException($"{where} with the value '{value}', which is no yes/no or choice value of it.")
            : Answer.Known(gathered, parsed);
    }

    /// <summary>Every input property of every input fact type, by its [Variable] id; an id declared twice is an error.</summary>
    private static Dictionary<string, (Type FactType, PropertyInfo Property)> PropertiesById(PolicyLibrary library)
    {
        var result = new Dictionary<string, (Type, PropertyInfo)>(StringComparer.Ordinal);
        foreach (var factType in library.InputFactTypes)
        {
            foreach (var property in factType.GetProperties().Where(p => PolicyLibrary.IsInput(p.PropertyType)))
            {
                var id = property.GetCustomAttribute<VariableAttribute>()?.Id
                    ?? throw new InvalidOperationException($"{factType.Name}.{property.Name} needs a [Variable] id.");
                if (!result.TryAdd(id, (factType, property)))
                {
                    throw new InvalidOperationException($"Variable '{id}' is declared twice; a citizen's fact belongs in the citizen vocabulary, once.");
                }
            }
        }

        return result;
    }

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
    private static Dictionary<string, IReadOnlyList<string>> ProgramsByVariable(PolicyLibrary library, AmountFormulas amounts)
    {
        var analysis = library.Factory.Analysis;
        var result = new Dictionary<string, List<string>>();
        foreach (var area in library.Areas)
        {
            // The chain is followed within the area: the program facts (ProgramApplies…) are shared types,
            // and another area's rules producing them do not lead to this program.
            var areaRules = library.Rules(area.Id).ToHashSet();
            foreach (var program in area.Catalog.Programs)
            {
                var tag = ProgramAttribute.TagFor(program.Id);
                var rules = areaRules.Where(r => r.IsTagged(tag)).ToList();
                var upstream = rules.SelectMany(r => r.ConsumedTypes).Distinct().SelectMany(analysis.RulesLeadingTo).Where(areaRules.Contains);
                Add(result, program.Id, rules.Concat(upstream).SelectMany(r => r.Inputs).Select(v => v.Id).Concat(amounts.VariablesOf(program.Id)).Distinct());
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
    }

    private static void Add(Dictionary<string, List<string>> result, string program, IEnumerable<string> variables)
    {
        foreach (var variable in variables)
        {
            if (!result.TryGetValue(variable, out var programs))
            {
                result[variable] = programs = [];
            }

            programs.Add(program);
        }
    }
}
