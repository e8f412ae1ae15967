using System.Text.Json;
using MiniExcelLibs;

namespace PolicyRules.Cli.Tests.Screen;

public sealed class ScreenCommandTests : IDisposable
{
    // From tests/PolicyRules.Rules.Tests/Cases/school-enrolment/26-3-1-1.yaml: eligible (born 2011-08-31, the last day of
    // the entry age), too young (born 2011-09-01), another district's hukou with a titled home (eligible) and without (ineligible).
    private const string Header = "child.stage,child.birthDate,child.hukou,family.ownsTitledHomeInDistrict";
    private const string Local = "school-enrolment.primary.local";

    private readonly ScreenList _list = new();

    public void Dispose() => _list.Dispose();

    [Fact]
    public async Task Screen_ChineseLabelsAndEnglishIds_ReadAlike()
    {
        // Arrange
        var path = _list.Write("families.csv", $"""
            {Header}
            上小学一年级,2011-08-31,本区（门头沟区）户籍,
            primary,2011-09-01,mentougou,
            上小学一年级,2011-03-02,北京市其他区户籍,是
            primary,2011-03-02,otherBeijingDistrict,false
            primary,2011-03-02,不知道,

            """);

        // Act
        var run = await CliRun.RunAsync("screen", path, "--date", "2017-05-10", "--format", "jsonl");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var results = ScreenList.JsonLines(run.Output);
        Assert.Equal(["eligible", "ineligible", "eligible", "ineligible", "undetermined"], results.Select(r => ScreenList.Status(r, Local)));
        Assert.Equal([2L, 3L, 4L, 5L, 6L], results.Select(r => r.GetProperty("row").GetInt64()));
    }

    [Fact]
    public async Task Screen_BadRows_AreNamedWithRowAndColumnAndTheRestScreened()
    {
        // Arrange: a date in another format, a choice that is not one, a row with a cell too many
        var path = _list.Write("families.csv", $"""
            {Header}
            primary,2011-08-31,mentougou,
            primary,2011/08/31,mentougou,
            primary,2011-03-02,火星,是
            primary,2011-03-02,otherBeijingDistrict,是,多余
            primary,2011-03-02,otherBeijingDistrict,是

            """);
        var evaluate = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.birthDate":"2011/08/31"}}""", "evaluate", "-");

        // Act
        var run = await CliRun.RunAsync("screen", path, "--date", "2017-05-10", "--format", "jsonl");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var results = ScreenList.JsonLines(run.Output);
        Assert.Equal(5, results.Count);
        Assert.Equal("eligible", ScreenList.Status(results[0], Local));
        Assert.Equal("eligible", ScreenList.Status(results[4], Local));
        var dateError = Assert.Single(results[1].GetProperty("errors").EnumerateArray());
        Assert.Equal(3, results[1].GetProperty("row").GetInt64());
        Assert.Equal("child.birthDate", dateError.GetProperty("column").GetString());
        Assert.Contains(dateError.GetProperty("message").GetString()!, evaluate.Error, StringComparison.Ordinal);
        Assert.Equal("child.hukou", Assert.Single(results[2].GetProperty("errors").EnumerateArray()).GetProperty("column").GetString());
        Assert.Contains("mentougou", results[2].GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(results[3].GetProperty("errors")[0].TryGetProperty("column", out _));
        Assert.Contains("第 3、4、5 行", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_UnknownColumn_FailsBeforeScreeningNamingItAndTheVariablesCommand()
    {
        // Arrange
        var path = _list.Write("families.csv", "姓名,child.stage,child.birthday\n张三,primary,2011-08-31\n");

        // Act
        var run = await CliRun.RunAsync("screen", path, "--lang", "en");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("'姓名' is not a variable id", run.Error, StringComparison.Ordinal);
        Assert.Contains("'child.birthday' is not a variable id", run.Error, StringComparison.Ordinal);
        Assert.Contains("policyrules variables", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_KeyNamed_IsCopiedToEachResultAndNothingElseOfTheRowIs()
    {
        // Arrange
        var path = _list.Write("families.csv", $"""
            户号,{Header}
            户001,primary,2011-08-31,mentougou,
            户002,primary,2011-09-01,mentougou,

            """);

        // Act
        var run = await CliRun.RunAsync("screen", path, "--date", "2017-05-10", "--key", "户号");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("row,户号,errors,school-enrolment.primary.local.status,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2,户001,,eligible,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("3,户002,,ineligible,", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("户00", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_NoKeyNamed_ResultsHaveNoKeyColumn()
    {
        // Arrange
        var path = _list.Write("families.csv", $"{Header}\nprimary,2011-08-31,mentougou,\n");

        // Act
        var run = await CliRun.RunAsync("screen", path, "--date", "2017-05-10");
        var jsonLines = await CliRun.RunAsync("screen", path, "--date", "2017-05-10", "--format", "jsonl");

        // Assert
        Assert.StartsWith("row,errors,school-enrolment.primary.local.status,", run.Output, StringComparison.Ordinal);
        Assert.False(ScreenList.JsonLines(jsonLines.Output)[0].TryGetProperty("key", out _));
    }

    [Fact]
    public async Task Screen_Summary_CountsEachStatusAndTheQuestionsMostOftenMissing()
    {
        // Arrange
        var path = _list.Write("families.csv", $"""
            {Header}
            primary,2011-08-31,mentougou,
            primary,2011-09-01,mentougou,
            primary,2011-03-02,otherBeijingDistrict,
            primary,2011-03-02,otherBeijingDistrict,
            primary,20110302,mentougou,

            """);
        var summaryPath = _list.PathOf("summary.json");

        // Act
        var run = await CliRun.RunAsync("screen", path, "--date", "2017-05-10", "--summary", summaryPath, "--out", _list.PathOf("results.csv"));

        // Assert
        Assert.Equal(0, run.ExitCode);
        var summary = JsonDocument.Parse(await File.ReadAllTextAsync(summaryPath)).RootElement;
        Assert.Equal(5, summary.GetProperty("rows").GetInt64());
        Assert.Equal(1, summary.GetProperty("badRows").GetInt64());
        var local = summary.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == Local);
        Assert.Equal((1, 1, 2, 0), (local.GetProperty("eligible").GetInt64(), local.GetProperty("ineligible").GetInt64(),
            local.GetProperty("undetermined").GetInt64(), local.GetProperty("notApplicable").GetInt64()));
        var missing = summary.GetProperty("mostOftenMissing").EnumerateArray().ToList();
        Assert.Contains(missing, m => m.GetProperty("variable").GetString() == "family.ownsTitledHomeInDistrict" && m.GetProperty("rows").GetInt64() == 2);
        Assert.Equal(6, (await File.ReadAllLinesAsync(_list.PathOf("results.csv"))).Length);
    }

    [Fact]
    public async Task Screen_Xlsx_HasAResultsSheetWithOneRowPerInputRowAndASummarySheet()
    {
        // Arrange
        var path = _list.Write("families.csv", $"""
            户号,{Header}
            户001,primary,2011-08-31,mentougou,
            户002,primary,2011-09-01,mentougou,
            户003,primary,2011-03-02,火星,

            """);
        var workbook = _list.PathOf("results.xlsx");

        // Act
        var run = await CliRun.RunAsync("screen", path, "--date", "2017-05-10", "--key", "户号", "--out", workbook);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["筛查结果", "汇总"], MiniExcel.GetSheetNames(workbook));
        var results = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "筛查结果").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["户001", "户002", "户003"], results.Select(r => r["户号"]));
        Assert.Equal(["eligible", "ineligible", null], results.Select(r => r[$"{Local}.status"]));
        Assert.Contains("child.hukou", (string)results[2]["errors"]!, StringComparison.Ordinal);
        var summary = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "汇总").Cast<IDictionary<string, object?>>().ToList();
        var local = summary.Single(r => (string?)r["section"] == "program" && (string?)r["id"] == Local);
        Assert.Equal(1d, Convert.ToDouble(local["eligible"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1d, Convert.ToDouble(summary.Single(r => (string?)r["section"] == "badRows")["rows"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Screen_JsonLines_ReadsCaseFilesAndReportsABadLineInItsPlace()
    {
        // Arrange
        var path = _list.Write("families.jsonl", """
            {"id":"户001","date":"2017-05-10","facts":{"child.stage":"primary","child.birthDate":"2011-08-31","child.hukou":"mentougou"}}
            {"id":"户002","date":"2017-05-10","facts":{"child.stage":"primary","child.birthDate":"2011-09-01","child.hukou":"mentougou"}}
            {"id":"户003","date":"2017-05-10","facts":

            """);

        // Act
        var run = await CliRun.RunAsync("screen", path, "--key", "id", "--format", "jsonl", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var results = ScreenList.JsonLines(run.Output);
        Assert.Equal(["户001", "户002"], results.Take(2).Select(r => r.GetProperty("key").GetString()));
        Assert.Equal("eligible", ScreenList.Status(results[0], Local));
        Assert.Equal("ineligible", ScreenList.Status(results[1], Local));
        Assert.Equal(3, results[2].GetProperty("row").GetInt64());
        Assert.StartsWith("The case file is not valid JSON: it ends before it is complete", results[2].GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_XlsxToStandardOutput_IsAUsageError()
    {
        // Arrange
        var path = _list.Write("families.csv", $"{Header}\nprimary,2011-08-31,mentougou,\n");

        // Act
        var run = await CliRun.RunAsync("screen", path, "--format", "xlsx");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("school-enrolment", "families.csv", 3, "school-enrolment.primary.local", "ineligible")]
    [InlineData("school-enrolment", "families.csv", 7, "school-enrolment.junior.nearby", "eligible")]
    [InlineData("veteran-placement", "veterans.csv", 2, "veteran-placement.self-employment", "eligible")]
    [InlineData("veteran-placement", "veterans.csv", 5, "veteran-placement.self-found-unit-reward", "eligible")]
    [InlineData("veteran-placement", "veterans.csv", 6, "veteran-placement.self-found-unit-reward", "ineligible")]
    public async Task Screen_SampleList_ScreensEveryRowAsItsPolicyCaseSays(string area, string sample, long row, string program, string status)
    {
        // Act
        var run = await CliRun.RunAsync("screen", Path.Combine(AppContext.BaseDirectory, "samples", area, sample), "--date", "2017-05-10", "--key", "编号", "--format", "jsonl");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var results = ScreenList.JsonLines(run.Output);
        Assert.Equal(8, results.Count);
        Assert.All(results, r => Assert.False(r.TryGetProperty("errors", out _)));
        Assert.Equal(status, ScreenList.Status(results.Single(r => r.GetProperty("row").GetInt64() == row), program));
    }

    [Fact]
    public async Task Screen_OutputThatCannotBeWritten_FailsWithExitCode1NamingIt()
    {
        // Arrange
        var path = _list.Write("families.csv", $"{Header}\nprimary,2011-08-31,mentougou,\n");
        var output = _list.PathOf(Path.Combine("no-such-folder", "results.csv"));

        // Act
        var run = await CliRun.RunAsync("screen", path, "--date", "2017-05-10", "--out", output);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-folder", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsScreen()
    {
        // Act
        var run = await CliRun.RunAsync("--help");

        // Assert
        Assert.Contains("policyrules screen FILE", run.Output, StringComparison.Ordinal);
    }
}
