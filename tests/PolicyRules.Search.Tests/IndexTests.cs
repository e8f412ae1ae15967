using PolicyRules.Testing;

namespace PolicyRules.Search.Tests;

/// <summary>The index of a documents folder: built on first use, kept in the cache, rebuilt when the folder changes.</summary>
public sealed class IndexTests : IDisposable
{
    private readonly TemporaryFolder _documents = new();
    private readonly TemporaryFolder _cache = new();

    [Fact]
    public void Search_AfterAFileIsAdded_FindsItsDocuments()
    {
        // Arrange: the 密云 documents only, then the 门头沟 gazette too
        CopySeedHolding("密政办字〔2017〕22号");
        var search = Search();
        var before = search.Search("五证").Results;
        CopySeedHolding("门政办发〔2017〕27号");

        // Act
        var after = search.Search("五证").Results;

        // Assert
        Assert.Empty(before);
        Assert.Equal("门政办发〔2017〕27号", after[0].DocumentNumber);
    }

    [Fact]
    public void Search_ByASecondSearchOverTheSameFolder_ReusesTheCachedIndex()
    {
        // Arrange
        CopySeedHolding("门政办发〔2017〕27号");
        Search().Search("五证");
        var index = Assert.Single(Directory.GetFiles(_cache.Path, "*.db"));
        var built = File.GetLastWriteTimeUtc(index);

        // Act
        var results = Search().Search("五证").Results;

        // Assert
        Assert.NotEmpty(results);
        Assert.Equal(built, File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(_cache.Path, "*.db"))));
    }

    [Fact]
    public void Search_FolderMissing_SaysWhichFolder()
    {
        // Arrange
        var missing = Path.Combine(_documents.Path, "nowhere");

        // Act
        var error = Assert.Throws<DocumentsFolderException>(() => new PolicySearch(new SearchOptions { DocumentsFolder = missing, CacheDirectory = _cache.Path }, []).Search("五证"));

        // Assert
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_FolderWithoutTexts_SaysItHoldsNone()
    {
        // Act
        var error = Assert.Throws<DocumentsFolderException>(() => Search().Search("五证"));

        // Assert
        Assert.Contains("holds no .txt file", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _documents.Dispose();
        _cache.Dispose();
    }

    private PolicySearch Search() => new(new SearchOptions { DocumentsFolder = _documents.Path, CacheDirectory = _cache.Path }, []);

    private void CopySeedHolding(string documentNumber)
    {
        var file = SeedDocuments.Get(documentNumber).File;
        File.Copy(Path.Combine(RepositoryRoot.SeedDocuments, file), Path.Combine(_documents.Path, file));
    }
}
