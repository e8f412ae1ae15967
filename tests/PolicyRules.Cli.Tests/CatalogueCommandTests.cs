using PolicyRules.Cli.Catalogue;
using PolicyRules.Testing;

namespace PolicyRules.Cli.Tests;

public sealed class CatalogueCommandTests
{
    [Fact]
    public async Task Catalogue_TheOneInDocs_IsCurrent()
    {
        // Arrange
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "catalogue.md"));

        // Act
        var run = await CliRun.RunAsync("catalogue");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.True(
            committed.ReplaceLineEndings() == run.Output.ReplaceLineEndings(),
            $"docs/catalogue.md is not current: the rules, catalogues or parameters changed since it was written. Regenerate it with `{CatalogueMarkdown.Command}` and commit it.");
    }

    [Fact]
    public async Task Catalogue_ListsProgramsVariablesParametersAndRulesWithTheirSources()
    {
        // Act
        var run = await CliRun.RunAsync("catalogue");

        // Assert: one row of each table, in both languages, with its citation
        var lines = run.Output.Split('\n');
        Assert.Contains("## 义务教育入学（小学、初中） / School enrolment (primary and junior secondary) (`school-enrolment`)", lines);
        Assert.Contains(lines, l => l.StartsWith("| `school-enrolment.primary.non-beijing` | 小学入学：非本市户籍", StringComparison.Ordinal)
            && l.EndsWith("| 门政办发〔2017〕27号 二 |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| `child.hukou` | choice | ", StringComparison.Ordinal) && l.Contains("Where is the child's hukou registered?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| `lease_signed_before` |", StringComparison.Ordinal) && l.EndsWith("| 门政办发〔2017〕27号 四(二)2 |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| `school-enrolment/26-3-1-1/of-entry-age` | ", StringComparison.Ordinal)
            && l.Contains("The child is six (born on or before 31 August 2011)", StringComparison.Ordinal)
            && l.Contains("| 门政办发〔2017〕26号 三(一)1 |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Catalogue_Out_WritesTheFile()
    {
        // Arrange
        var file = Path.Combine(Directory.CreateTempSubdirectory("policyrules-catalogue-").FullName, "catalogue.md");

        // Act
        var run = await CliRun.RunAsync("catalogue", "--out", file);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.StartsWith("# 政策编码目录 / Catalogue of the encoded policies", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
