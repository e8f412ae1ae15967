using System.Net;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// POST /api/evaluate with a case a person got wrong: 400 problem+json whose detail is the sentence the CLI prints, in
/// the language asked for (?lang=, the case's locale, Accept-Language, else Chinese), never the JSON parser's words.
/// </summary>
public sealed class RestApiCaseMistakeTests(BotServer server) : IClassFixture<BotServer>
{
    [Theory]
    [InlineData("api/evaluate", null, "案例文件不是有效的 JSON：第2行第2列附近写得不对；请检查那里的引号、逗号和括号是否齐全、成对。")]
    [InlineData("api/evaluate?lang=en", null, "The case file is not valid JSON: something is wrong near line 2, column 2;")]
    [InlineData("api/evaluate", "en-US", "The case file is not valid JSON: something is wrong near line 2, column 2;")]
    [InlineData("api/explain?lang=en", null, "The case file is not valid JSON: something is wrong near line 2, column 2;")]
    public async Task Evaluate_MalformedJson_NamesWhereInTheAskedLanguage(string path, string? acceptLanguage, string detail)
    {
        // Act: a missing comma after "date" on line 1, found at "facts" on line 2
        var response = await PostAsync(path, "{\"date\":\"2017-05-10\"\n \"facts\":  {}}", acceptLanguage);

        // Assert
        AssertProblem(response, detail);
    }

    [Fact]
    public async Task Evaluate_TruncatedBody_IsNotDescribedInTheParsersWords()
    {
        // Act
        var response = await PostAsync("api/evaluate?lang=en", """{"date":"2017-05-10","facts":""");

        // Assert
        AssertProblem(response, "The case file is not valid JSON: it ends before it is complete, a closing bracket or quote is missing; finish the last entry.");
        Assert.DoesNotContain("isFinalBlock", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "date: 2017-02-30 不是存在的日期（2017年2月只有28天）；请检查后重新输入。")]
    [InlineData("en", "date: 2017-02-30 is not a real date (February 2017 has 28 days); please check it.")]
    public async Task Evaluate_ImpossibleDate_SaysNoSuchDay(string lang, string detail)
    {
        // Act
        var response = await PostAsync($"api/evaluate?lang={lang}", """{"date":"2017-02-30","facts":{}}""");

        // Assert
        AssertProblem(response, detail);
        Assert.Equal("date", Assert.Single(response.Json.GetProperty("errors").EnumerateArray()).GetProperty("variable").GetString());
    }

    [Theory]
    [InlineData("zh-CN", "data: 案例文件中没有“data”这一项，可用的项是 date、locale、facts。您是想写“date”吗？")]
    [InlineData("en", "data: A case file has no \"data\"; its keys are date, locale, facts. Did you mean \"date\"?")]
    public async Task Evaluate_MisspeltKey_IsRefusedNotEvaluatedAsOfToday(string locale, string detail)
    {
        // Act: the case's own locale decides the language
        var response = await PostAsync("api/evaluate", $$$"""{"data":"2017-05-10","locale":"{{{locale}}}","facts":{"child.stage":"primary"}}""");

        // Assert
        AssertProblem(response, detail);
    }

    [Theory]
    [InlineData("zh-CN", "locale: 不支持语言 \"fr\"；“locale”可用 \"zh-CN\"（中文）或 \"en\"（English）。")]
    [InlineData("en", "locale: The language \"fr\" is not supported; \"locale\" may be \"zh-CN\" (Chinese) or \"en\" (English).")]
    public async Task Evaluate_FrenchLocale_IsRefusedNamingTheSupportedOnes(string lang, string detail)
    {
        // Act
        var response = await PostAsync($"api/evaluate?lang={lang}", """{"date":"2017-05-10","locale":"fr","facts":{}}""");

        // Assert
        AssertProblem(response, detail);
    }

    [Theory]
    [InlineData("zh-CN", "……另有 29,980 处错误未列出；改正以上各处后会显示其余的。")]
    [InlineData("en", "…and 29,980 more, not listed; put right the ones above and the rest will be shown.")]
    public async Task Evaluate_ThirtyThousandUnknownVariables_ListsTwentyAndCountsTheRest(string lang, string summary)
    {
        // Arrange
        var facts = string.Join(",", Enumerable.Range(0, 30_000).Select(i => $"\"no.such{i}\":1"));

        // Act
        var response = await PostAsync($"api/evaluate?lang={lang}", $$$"""{"date":"2017-05-10","facts":{{{{facts}}}}}""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(20, response.Json.GetProperty("errors").GetArrayLength());
        Assert.Equal(29_980, response.Json.GetProperty("unlisted").GetInt32());
        var lines = response.Json.GetProperty("detail").GetString()!.Split(Environment.NewLine);
        Assert.Equal(21, lines.Length);
        Assert.Equal(summary, lines[^1]);
    }

    [Theory]
    [InlineData("zh-CN", "child.birthDate: 1900-01-01 不合常理：“孩子出生日期”应在 1999-05-10 至 2017-05-10 之间（评估日期前18年以内）；请检查后重新输入。")]
    [InlineData("en", "child.birthDate: 1900-01-01 is not plausible: “Child's date of birth” should be between 1999-05-10 and 2017-05-10 (at most 18 years before the evaluation date). Please check it.")]
    public async Task Evaluate_ChildBornIn1900_IsRefusedWithThePlausibleRange(string lang, string detail)
    {
        // Act
        var response = await PostAsync($"api/evaluate?lang={lang}", """{"date":"2017-05-10","facts":{"child.birthDate":"1900-01-01"}}""");

        // Assert
        AssertProblem(response, detail);
    }

    [Fact]
    public async Task Evaluate_ChildBornOnTheFirstPlausibleDay_IsEvaluated()
    {
        // Act
        var response = await PostAsync("api/evaluate", """{"date":"2017-05-10","facts":{"child.birthDate":"1999-05-10"}}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    private async Task<ApiResponse> PostAsync(string path, string json, string? acceptLanguage = null)
    {
        using var client = server.CreateClient();
        return await ApiResponse.PostAsync(client, path, json, acceptLanguage);
    }

    private static void AssertProblem(ApiResponse response, string detail)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        var text = response.Json.GetProperty("detail").GetString()!;
        Assert.StartsWith(detail, text, StringComparison.Ordinal);
        Assert.All(["LineNumber", "BytePositionInLine", "reader options", "   at "], word => Assert.DoesNotContain(word, response.Body, StringComparison.Ordinal));
    }
}
