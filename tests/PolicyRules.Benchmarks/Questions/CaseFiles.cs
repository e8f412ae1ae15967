using PolicyRules.Rules.Tests;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyRules.Benchmarks.Questions;

/// <summary>
/// Reads the policy cases of one area straight from the rules tests' source folder
/// (<c>tests/PolicyRules.Rules.Tests/Cases/&lt;area&gt;/*.yaml</c>), found from the repository root.
/// </summary>
public static class CaseFiles
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The folder holding PolicyRules.sln, walking up from the current directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PolicyRules.sln above {Directory.GetCurrentDirectory()}; run from inside the repository.");
    }

    /// <summary>
    /// The cases of the area evaluated without an operator's parameter file: the measured interviews and the simulated
    /// people's bot run with none, so a case that sets an operator's figure would be asked other questions than it answers.
    /// </summary>
    public static IReadOnlyList<PolicyCase> Load(string root, string area) =>
        Directory.GetFiles(Path.Combine(root, "tests", "PolicyRules.Rules.Tests", "Cases", area), "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => (Yaml.Deserialize<List<PolicyCase>>(File.ReadAllText(file)) ?? [])
                .Select((c, i) =>
                {
                    c.File = $"{Path.GetFileNameWithoutExtension(file)}#{i + 1}";
                    return c;
                }))
            .Where(c => c.Operator is null)
            .ToArray();
}
