namespace PolicyRules.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public async Task Run_NoCommand_PrintsUsageWithExitCode2()
    {
        // Act
        var run = await CliRun.RunAsync();

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("policyrules evaluate", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("evaluate", "--help")]
    public async Task Run_Help_PrintsUsageToStdoutWithExitCode0(params string[] args)
    {
        // Act
        var run = await CliRun.RunAsync(args);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("policyrules evaluate FILE", run.Output, StringComparison.Ordinal);
        Assert.Contains("policyrules explain FILE", run.Output, StringComparison.Ordinal);
        Assert.Contains("policyrules search QUERY [--docs FOLDER] [--limit N]", run.Output, StringComparison.Ordinal);
        Assert.Contains("policyrules permit QUERY", run.Output, StringComparison.Ordinal);
        Assert.Contains("policyrules catalogue [--out FILE]", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Theory]
    [InlineData("evaluate", "x.json", "--date", "2017/05/10")]
    [InlineData("evaluate", "x.json", "--lang", "fr")]
    [InlineData("evaluate")]
    [InlineData("frobnicate")]
    public async Task Run_BadUsage_ExitCode2NamingTheProblem(params string[] args)
    {
        // Act
        var run = await CliRun.RunAsync(args);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Programs_ListsEverySchoolEnrolmentProgramWithItsOffice()
    {
        // Act
        var run = await CliRun.RunAsync("programs");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var programs = run.Json.EnumerateArray().ToArray();
        Assert.Contains(programs, p => p.GetProperty("id").GetString() == "school-enrolment.primary.non-beijing"
            && p.GetProperty("office").GetString() == "居住地所在街道办事处或乡镇人民政府");
    }

    [Fact]
    public async Task Variables_ForAProgram_ListsOnlyVariablesThatProgramReads()
    {
        // Act
        var run = await CliRun.RunAsync("variables", "--program", "school-enrolment.primary.local", "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var ids = run.Json.EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToArray();
        Assert.Contains("child.birthDate", ids);
        Assert.Contains("family.ownsTitledHomeInDistrict", ids);
        Assert.DoesNotContain("residence.leaseSignedDate", ids);
        var hukou = run.Json.EnumerateArray().Single(v => v.GetProperty("id").GetString() == "child.hukou");
        Assert.Equal("choice", hukou.GetProperty("type").GetString());
        Assert.Equal("Where is the child's hukou registered?", hukou.GetProperty("question").GetString());
    }

    [Fact]
    public async Task Variables_UnknownProgram_FailsNamingIt()
    {
        // Act
        var run = await CliRun.RunAsync("variables", "--program", "school-enrolment.nope");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("school-enrolment.nope", run.Error, StringComparison.Ordinal);
    }
}
