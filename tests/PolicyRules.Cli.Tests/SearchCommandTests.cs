using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

public sealed class SearchCommandTests
{
    [Fact]
    public async Task Search_FiveCertificates_ListsTheirDocumentAndClausesFirst()
    {
        // Act
        var run = await CliRun.RunAsync("search", "五证", "--docs", RepositoryRoot.SeedDocuments, "--limit", "4");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var hits = run.Output.Split('\n').Where(l => l.Length > 2 && char.IsAsciiDigit(l[0]) && l[1] == '.').ToArray();
        Assert.Equal(4, hits.Length);
        Assert.All(hits, h => Assert.Contains("门政办发〔2017〕27号", h, StringComparison.Ordinal));
        Assert.Contains("“【五证】”", run.Output, StringComparison.Ordinal);
        Assert.Contains("(school-enrolment.primary.non-beijing)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FromTheCloneWithoutDocs_ReadsTheSeedsBesideIt()
    {
        // Act
        var run = await CliRun.RunAsync("search", "一次性告知", "--limit", "1", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1 clauses for “一次性告知”", run.Output, StringComparison.Ordinal);
        Assert.Contains("1. 海政办发〔2017〕50号 第十九条", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FolderMissing_FailsWithExit1NamingIt()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "policyrules-no-such-folder");

        // Act
        var run = await CliRun.RunAsync("search", "五证", "--docs", missing);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(missing, run.Error, StringComparison.Ordinal);
        Assert.Contains("--docs", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search", "五证", "--limit", "0")]
    [InlineData("search", "五证", "--limit", "many")]
    public async Task Search_BadUsage_ExitCode2NamingTheProblem(params string[] args)
    {
        // Act
        var run = await CliRun.RunAsync(args);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(args.Length == 1 ? "search needs a query" : "--limit must be a number from 1 to 100", run.Error, StringComparison.Ordinal);
    }
}
