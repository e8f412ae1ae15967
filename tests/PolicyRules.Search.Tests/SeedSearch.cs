using PolicyRules.Screening;
using PolicyRules.Testing;

namespace PolicyRules.Search.Tests;

/// <summary>Search over the real seed texts beside the clone, with the rules' citations, its index in a folder of its own.</summary>
public sealed class SeedSearch : IDisposable
{
    public SeedSearch()
    {
        Search = new PolicySearch(
            new SearchOptions { DocumentsFolder = RepositoryRoot.SeedDocuments, CacheDirectory = Cache.Path },
            ScreeningServices.Default.Catalog.Describe().SelectMany(a => a.Rules));
    }

    public TemporaryFolder Cache { get; } = new();

    public PolicySearch Search { get; }

    public void Dispose() => Cache.Dispose();
}
