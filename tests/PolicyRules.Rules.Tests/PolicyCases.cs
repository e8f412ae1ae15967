using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Rules.Tests;

/// <summary>Reads the case files under Cases/&lt;area&gt;/.</summary>
public static class PolicyCases
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static string Folder(string area) => Path.Combine(AppContext.BaseDirectory, "Cases", area);

    public static IReadOnlyList<PolicyCase> Load(string area) =>
        Directory.GetFiles(Folder(area), "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => (Yaml.Deserialize<List<PolicyCase>>(File.ReadAllText(file)) ?? [])
                .Select(c =>
                {
                    c.Area = area;
                    c.File = Path.GetFileName(file);
                    return c;
                }))
            .ToArray();
}
