using PolicyRules.Search.Documents;
using PolicyRules.Testing;

namespace PolicyRules.Search.Tests;

/// <summary>The documents of the seed texts, read once, by number.</summary>
internal static class SeedDocuments
{
    private static readonly Lazy<IReadOnlyDictionary<string, PolicyDocument>> Read = new(() =>
        Directory.GetFiles(RepositoryRoot.SeedDocuments, "*.txt").SelectMany(GazetteReader.Read).ToDictionary(d => d.Number));

    public static IReadOnlyDictionary<string, PolicyDocument> ByNumber => Read.Value;

    public static PolicyDocument Get(string number) => ByNumber[number];

    public static IReadOnlyList<string> PathsOf(string number) => [.. Get(number).Clauses.Select(c => c.Path)];
}
