using System.Text;
using PolicyRules.Screening;

namespace PolicyRules.Cli.Tests;

/// <summary>
/// Case files a person gets wrong: each is refused (exit code 1, nothing evaluated) with one sentence, in the person's
/// language, naming the mistake and how to put it right — never the JSON parser's own words.
/// </summary>
public sealed class CaseFileMistakeTests
{
    private static readonly string[] ParserWords = ["LineNumber", "BytePositionInLine", "isFinalBlock", "reader options", "JsonReader", "   at "];

    [Theory]
    [InlineData("zh-CN", "案例文件不是有效的 JSON：第3行第28列附近写得不对；请检查那里的引号、逗号和括号是否齐全、成对。")]
    [InlineData("en", "The case file is not valid JSON: something is wrong near line 3, column 28; check that the quotes, commas and brackets there are complete and paired.")]
    public async Task Evaluate_MalformedJson_NamesTheLineAndColumn(string lang, string expected)
    {
        // Arrange: a doubled comma on line 3
        const string json = "{\"date\": \"2017-05-10\",\n \"facts\": {\n  \"child.stage\": \"primary\",,\n }}";

        await AssertRefusedAsync(json, lang, expected);
    }

    [Fact]
    public async Task Evaluate_MalformedJsonAfterChinese_CountsCharactersNotBytes()
    {
        // Act: the stray } is the 18th character (the 22nd byte: 孩子 are three bytes each)
        var run = await CliRun.RunWithInputAsync("""{"facts":{"孩子":1,}}""", "evaluate", "-");

        // Assert
        AssertRefused(run, "案例文件不是有效的 JSON：第18个字符附近写得不对；请检查那里的引号、逗号和括号是否齐全、成对。");
    }

    [Theory]
    [InlineData("""{"date":"2017-05-10","facts":""", "zh-CN", "案例文件不是有效的 JSON：写到结尾还没有写完，缺了右括号或引号；请补全最后一项。")]
    [InlineData("{\"date\":\"2017-05-10\",\"facts\":{\"child.stage\":\"primary\"\n\n", "en", "The case file is not valid JSON: it ends before it is complete, a closing bracket or quote is missing; finish the last entry.")]
    [InlineData("", "zh-CN", "案例文件是空的；请写入 { \"date\": \"2017-05-10\", \"locale\": \"zh-CN\", \"facts\": { … } }。")]
    [InlineData(" \n\t ", "en", "The case file is empty; write { \"date\": \"2017-05-10\", \"locale\": \"zh-CN\", \"facts\": { … } } in it.")]
    [InlineData("[1,2]", "zh-CN", "案例文件的最外层应是一个对象")]
    [InlineData("""{"date":"2017-05-10"}""", "zh-CN", "facts: 案例文件须有“facts”")]
    [InlineData("""{"date":"2017-05-10","facts":[]}""", "en", "facts: A case file needs \"facts\"")]
    public async Task Evaluate_EmptyTruncatedOrMisshapenFile_SaysWhatIsMissing(string json, string lang, string expected)
    {
        await AssertRefusedAsync(json, lang, expected);
    }

    [Fact]
    public async Task Evaluate_NestedTenThousandLevels_SaysItNestsTooDeeply()
    {
        await AssertRefusedAsync($"{{\"facts\":{{\"x\":{new string('[', 10_000)}{new string(']', 10_000)}}}}}", "en", "The case file nests brackets more than 64 levels deep and cannot be read");
    }

    [Theory]
    [InlineData("2017-02-30", "zh-CN", "date: 2017-02-30 不是存在的日期（2017年2月只有28天）；请检查后重新输入。")]
    [InlineData("2016-02-30", "zh-CN", "date: 2016-02-30 不是存在的日期（2016年2月只有29天）")]
    [InlineData("2017-02-30", "en", "date: 2017-02-30 is not a real date (February 2017 has 28 days); please check it.")]
    [InlineData("2017-13-01", "zh-CN", "date: 2017-13-01 不是存在的日期（月份只有01至12）")]
    [InlineData("2017-04-00", "en", "date: 2017-04-00 is not a real date (days start at 01)")]
    [InlineData("10 May 2017", "zh-CN", "date: 评估日期 \"10 May 2017\" 不是 yyyy-MM-dd 格式；请写成例如 \"date\": \"2017-05-10\"。")]
    [InlineData("2017-5-10", "en", "date: The evaluation date \"2017-5-10\" is not in the form yyyy-MM-dd; write it as, e.g., \"date\": \"2017-05-10\".")]
    public async Task Evaluate_ImpossibleOrMisformedDate_TellsNoSuchDayFromWrongForm(string date, string lang, string expected)
    {
        await AssertRefusedAsync($$$"""{"date":"{{{date}}}","facts":{}}""", lang, expected);
    }

    [Fact]
    public async Task Evaluate_DateOptionOfNoSuchDay_IsAUsageErrorSayingWhy()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"facts":{}}""", "evaluate", "-", "--date", "2017-02-30");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--date: 2017-02-30 is not a real date (February 2017 has 28 days)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2011-02-29", "zh-CN", "child.birthDate: 2011-02-29 不是存在的日期（2011年2月只有28天）；请检查后重新输入。")]
    [InlineData("2011-02-29", "en", "child.birthDate: 2011-02-29 is not a real date (February 2011 has 28 days); please check it.")]
    [InlineData("31/08/2011", "en", "child.birthDate: 'child.birthDate' must be a yyyy-MM-dd date, e.g. 2011-08-31.")]
    public async Task Evaluate_ImpossibleBirthDate_IsNotCalledTheWrongForm(string birthDate, string lang, string expected)
    {
        await AssertRefusedAsync($$$"""{"date":"2017-05-10","facts":{"child.birthDate":"{{{birthDate}}}"}}""", lang, expected);
    }

    [Theory]
    [InlineData("""{"data":"2017-05-10","facts":{}}""", "zh-CN", "data: 案例文件中没有“data”这一项，可用的项是 date、locale、facts。您是想写“date”吗？")]
    [InlineData("""{"data":"2017-05-10","facts":{}}""", "en", "data: A case file has no \"data\"; its keys are date, locale, facts. Did you mean \"date\"?")]
    [InlineData("""{"date":"2017-05-10","fact":{}}""", "en", "fact: A case file has no \"fact\"; its keys are date, locale, facts. Did you mean \"facts\"?")]
    public async Task Evaluate_MisspeltKey_NamesItTheKeysAndTheClosest(string json, string lang, string expected)
    {
        await AssertRefusedAsync(json, lang, expected);
    }

    [Fact]
    public async Task Evaluate_UnknownKeyLikeNoOther_NamesTheKeysWithoutAGuess()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"date":"2017-05-10","name":"某人","facts":{}}""", "evaluate", "-");

        // Assert
        AssertRefused(run, "name: 案例文件中没有“name”这一项，可用的项是 date、locale、facts。");
        Assert.DoesNotContain("您是想写", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MisspeltKeyInAnEnglishCase_AnswersInEnglishWithoutTheLangOption()
    {
        // Act
        var run = await CliRun.RunWithInputAsync("""{"data":"2017-05-10","locale":"en","facts":{}}""", "evaluate", "-");

        // Assert
        AssertRefused(run, "Did you mean \"date\"?");
    }

    [Theory]
    [InlineData("zh-CN", "locale: 不支持语言 \"fr\"；“locale”可用 \"zh-CN\"（中文）或 \"en\"（English）。")]
    [InlineData("en", "locale: The language \"fr\" is not supported; \"locale\" may be \"zh-CN\" (Chinese) or \"en\" (English).")]
    public async Task Evaluate_UnsupportedLocale_IsRefusedNamingTheSupportedOnes(string lang, string expected)
    {
        await AssertRefusedAsync("""{"date":"2017-05-10","locale":"fr","facts":{}}""", lang, expected);
    }

    [Theory]
    [InlineData("zh-CN", "……另有 199,980 处错误未列出；改正以上各处后会显示其余的。")]
    [InlineData("en", "…and 199,980 more, not listed; put right the ones above and the rest will be shown.")]
    public async Task Evaluate_TwoHundredThousandUnknownVariables_ListsTwentyThenCountsTheRest(string lang, string summary)
    {
        // Arrange
        var json = new StringBuilder("""{"date":"2017-05-10","facts":{""");
        for (var i = 0; i < 200_000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("\"no.such").Append(i).Append("\":1");
        }

        // Act
        var run = await CliRun.RunWithInputAsync(json.Append("}}").ToString(), "evaluate", "-", "--lang", lang);

        // Assert
        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, lines.Length);
        Assert.StartsWith("no.such0: ", lines[0], StringComparison.Ordinal);
        Assert.Equal(summary, lines[^1]);
    }

    [Fact]
    public async Task Evaluate_StandardInputOverTheLimit_IsRefusedNamingTheLimit()
    {
        // Act
        var run = await CliRun.RunWithInputAsync(new string(' ', CaseFile.MaximumBytes + 1), "evaluate", "-");

        // Assert
        AssertRefused(run, "标准输入超过案例文件 16 MiB 的上限，没有读取；一个案例通常只有几 KB，请确认选对了文件。");
    }

    [Theory]
    [InlineData(CaseFile.MaximumBytes + 1L, "is larger than 16 MiB, the limit for a case file")]
    [InlineData(CaseFile.MaximumBytes + 0L, "The case file is empty")]
    public async Task Evaluate_FileOverTheLimit_IsRefusedBeforeItIsRead(long size, string expected)
    {
        // Arrange: a file of spaces (at the limit it is read, and is then an empty case)
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, Enumerable.Repeat((byte)' ', (int)size).ToArray());

            // Act
            var run = await CliRun.RunAsync("evaluate", path, "--lang", "en");

            // Assert
            AssertRefused(run, expected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("child.birthDate", "1999-05-09", "zh-CN", "child.birthDate: 1999-05-09 不合常理：“孩子出生日期”应在 1999-05-10 至 2017-05-10 之间（评估日期前18年以内）；请检查后重新输入。")]
    [InlineData("child.birthDate", "1900-01-01", "en", "child.birthDate: 1900-01-01 is not plausible: “Child's date of birth” should be between 1999-05-10 and 2017-05-10 (at most 18 years before the evaluation date). Please check it.")]
    [InlineData("applicant.birthDate", "1887-05-09", "zh-CN", "applicant.birthDate: 1887-05-09 不合常理：“您的出生日期”应在 1887-05-10 至 2017-05-10 之间（评估日期前130年以内）")]
    [InlineData("child.birthDate", "2017-05-11", "zh-CN", "child.birthDate: 2017-05-11 晚于评估日期 2017-05-10，这个日期不可能在将来")]
    public async Task Evaluate_ImplausibleBirthDate_IsRefusedWithThePlausibleRange(string variable, string birthDate, string lang, string expected)
    {
        await AssertRefusedAsync($$$"""{"date":"2017-05-10","facts":{"{{{variable}}}":"{{{birthDate}}}"}}""", lang, expected);
    }

    [Theory]
    [InlineData("child.birthDate", "1999-05-10")]
    [InlineData("applicant.birthDate", "1887-05-10")]
    public async Task Evaluate_BirthDateAtTheEdgeOfThePlausibleRange_IsAccepted(string variable, string birthDate)
    {
        // Act
        var run = await CliRun.RunWithInputAsync($$$"""{"date":"2017-05-10","facts":{"{{{variable}}}":"{{{birthDate}}}"}}""", "evaluate", "-");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
    }

    /// <summary>Evaluates <paramref name="json"/> in <paramref name="lang"/> and checks it is refused with <paramref name="expected"/>.</summary>
    private static async Task AssertRefusedAsync(string json, string lang, string expected) =>
        AssertRefused(await CliRun.RunWithInputAsync(json, "evaluate", "-", "--lang", lang), expected);

    private static void AssertRefused(CliRun run, string expected)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.All(ParserWords, word => Assert.DoesNotContain(word, run.Error, StringComparison.Ordinal));
    }
}
