namespace PolicyRules.Cli.Tests;

public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Evaluate_DistrictHukouSample_ReportsLocalPrimaryEligibleWithCitation()
    {
        // Act
        var run = await CliRun.RunAsync("evaluate", CliRun.Sample("district-hukou-family.json"));

        // Assert
        Assert.Equal(0, run.ExitCode);
        var program = run.Program("school-enrolment.primary.local");
        Assert.Equal("eligible", program.GetProperty("status").GetString());
        Assert.Contains(program.GetProperty("reasons").EnumerateArray(),
            r => r.GetProperty("citation").GetProperty("document").GetString() == "门政办发〔2017〕26号"
                && r.GetProperty("citation").GetProperty("clause").GetString() == "三(一)1");
    }

    [Fact]
    public async Task Evaluate_LangEn_WritesEnglishTitlesAndReasons()
    {
        // Act
        var run = await CliRun.RunAsync("evaluate", CliRun.Sample("district-hukou-family.json"), "--lang", "en");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var program = run.Program("school-enrolment.primary.local");
        Assert.StartsWith("Primary entry", program.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", run.Json.GetProperty("locale").GetString());
    }

    [Fact]
    public async Task Evaluate_StandardInputWithOnlyTheStage_IsUndeterminedAndListsMissingVariables()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.stage":"primary"}}""", "evaluate", "-");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var program = run.Program("school-enrolment.primary.local");
        Assert.Equal("undetermined", program.GetProperty("status").GetString());
        var missing = program.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ToArray();
        Assert.Contains("child.birthDate", missing);
        Assert.Contains("child.hukou", missing);
    }

    [Fact]
    public async Task Evaluate_NoDateAnywhere_UsesTodayFromTheClock()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"facts":{"child.stage":"primary"}}""", "evaluate", "-");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2017-05-10", run.Json.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Evaluate_DateOption_OverridesTheFile()
    {
        // Act: the day before the policy took effect
        var run = await CliRun.RunAsync("evaluate", CliRun.Sample("district-hukou-family.json"), "--date", "2017-04-27");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("notApplicable", run.Program("school-enrolment.primary.local").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Evaluate_UnknownVariable_FailsNamingIt()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.birthday":"2011-01-01"}}""", "evaluate", "-");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("child.birthday", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Evaluate_WrongType_SaysWhatIsExpected()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.birthDate":"31/08/2011"}}""", "evaluate", "-", "--lang", "en");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("child.birthDate", run.Error, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BirthDateAfterTheEvaluationDate_IsRejected()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.birthDate":"2017-05-11"}}""", "evaluate", "-");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("child.birthDate", run.Error, StringComparison.Ordinal);
        Assert.Contains("将来", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_BirthDateOnTheEvaluationDate_IsAccepted()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.birthDate":"2017-05-10"}}""", "evaluate", "-");

        // Assert
        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    public async Task Evaluate_MonthCount_RejectedBelowZero(int months, int expectedExit)
    {
        // Act
        var json = "{\"date\":\"2017-05-10\",\"facts\":{\"residence.leaseTermMonths\":" + months + "}}";
        var run = await CliRun.RunWithInputAsync(json, "evaluate", "-");

        // Assert
        Assert.Equal(expectedExit, run.ExitCode);
        if (expectedExit == 1)
        {
            Assert.Contains("residence.leaseTermMonths", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Evaluate_UnknownChoice_ListsTheChoices()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.hukou":"shanghai"}}""", "evaluate", "-");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("outsideBeijing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NullFact_RecordsDoesNotKnow()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","facts":{"child.stage":"primary","child.hukou":null}}""", "evaluate", "-");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("child.hukou",
            run.Program("school-enrolment.primary.local").GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Evaluate_MissingFile_FailsWithoutStackTrace()
    {
        // Act
        var run = await CliRun.RunAsync("evaluate", "no-such-case.json");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("找不到案例文件 no-such-case.json；请检查路径。", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "案例文件不是有效的 JSON：第2个字符附近写得不对")]
    [InlineData("""{"date":"10 May","facts":{}}""", "date: 评估日期 \"10 May\" 不是 yyyy-MM-dd 格式")]
    [InlineData("""{"date":"2017-05-10"}""", "facts: 案例文件须有“facts”")]
    public async Task Evaluate_MalformedCaseFile_FailsWithAClearMessage(string json, string message)
    {
        // Act
        var run = await CliRun.RunWithInputAsync(json, "evaluate", "-");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
