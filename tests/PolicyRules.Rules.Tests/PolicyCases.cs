using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Rules.Tests;

/// <summary>Reads the case files under Cases/&lt;area&gt;/.</summary>
public static class PolicyCases
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The cases of one YAML text, as a case file holds them.</summary>
    public static IReadOnlyList<PolicyCase> Parse(string yaml) => Yaml.Deserialize<List<PolicyCase>>(yaml) ?? [];

    public static string Folder(string area) => Path.Combine(AppContext.BaseDirectory, "Cases", area);

    /// <summary>The path of the operator's parameter file the case names (<see cref="PolicyCase.Operator"/>); null when it names none.</summary>
    public static string? OperatorFile(PolicyCase policyCase) =>
        policyCase.Operator is null ? null : Path.Combine(Folder(policyCase.Area), "operator", policyCase.Operator);

    public static IReadOnlyList<PolicyCase> Load(string area) =>
        Directory.GetFiles(Folder(area), "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => Parse(File.ReadAllText(file))
                .Select(c =>
                {
                    c.Area = area;
                    c.File = Path.GetFileName(file);
                    return c;
                }))
            .ToArray();
}
