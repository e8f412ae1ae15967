using System.Globalization;
using PolicyRules.Rules.Catalog;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Screening.Parameters;

/// <summary>
/// The figures an operator sets for parameters that a text depends on without giving them (a
/// parameter file marked <c>operator: true</c>): the operator's parameter file maps an area id to its
/// parameters, each with dated values and the source of each value.
/// <code>
/// school-enrolment:
///   some_parameter:
///     - from: 2017-01-01
///       value: 2000
///       source: 北京市统计局《2016年北京市国民经济和社会发展统计公报》（2017年2月28日）
/// </code>
/// </summary>
public sealed class OperatorParameters
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private readonly string _origin;
    private readonly Dictionary<string, Dictionary<string, List<OperatorValue>>> _values;

    private OperatorParameters(string origin, Dictionary<string, Dictionary<string, List<OperatorValue>>> values)
    {
        _origin = origin;
        _values = values;
    }

    /// <summary>Reads an operator's parameter file; a mistake in it is an <see cref="OperatorParametersException"/> naming the file and what is wrong.</summary>
    public static OperatorParameters Read(string path)
    {
        try
        {
            var values = Yaml.Deserialize<Dictionary<string, Dictionary<string, List<OperatorValue>>>>(File.ReadAllText(path)) ?? [];
            return new OperatorParameters(path, values);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            throw new OperatorParametersException($"The operator's parameter file {path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Checks the file against the areas and adds its values to their parameters.</summary>
    public void ApplyTo(IReadOnlyCollection<AreaCatalog> areas)
    {
        foreach (var (area, parameters) in _values)
        {
            var catalog = areas.FirstOrDefault(a => a.Area == area)
                ?? throw Mistake($"there is no area '{area}'");
            foreach (var (name, values) in parameters)
            {
                var parameter = catalog.Parameters.FirstOrDefault(p => p.Name == name)
                    ?? throw Mistake($"{area} has no parameter '{name}'");
                if (parameter.Actual)
                {
                    throw Mistake($"{area}'s '{name}' is each case's own figure, paid as it actually is (据实, parameters/{name}.yaml); no operator's value applies to it");
                }

                if (!parameter.Operator)
                {
                    throw Mistake($"{area}'s '{name}' is given by the policy text (parameters/{name}.yaml); only a parameter marked operator: true takes an operator's value");
                }

                foreach (var value in values)
                {
                    parameter.Values[Date(value.From, area, name)] = new ParameterValue
                    {
                        Value = value.Value ?? throw Mistake($"{area}'s '{name}' from {value.From} has no value"),
                        Source = string.IsNullOrWhiteSpace(value.Source) ? throw Mistake($"{area}'s '{name}' from {value.From} needs its source") : value.Source,
                    };
                }
            }
        }
    }

    private DateOnly Date(string text, string area, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Mistake($"{area}'s '{name}' has the date '{text}', which is not yyyy-MM-dd");

    private OperatorParametersException Mistake(string what) => new($"The operator's parameter file {_origin}: {what}.");

    private sealed class OperatorValue
    {
        public string From { get; set; } = string.Empty;

        public object? Value { get; set; }

        public string Source { get; set; } = string.Empty;
    }
}
