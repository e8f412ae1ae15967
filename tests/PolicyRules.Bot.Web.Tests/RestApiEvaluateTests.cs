using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PolicyRules.Screening;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Web.Tests;

public sealed class RestApiEvaluateTests(BotServer server) : IClassFixture<BotServer>
{
    private const string ProblemJson = "application/problem+json";

    [Theory]
    [InlineData("district-hukou-family.json")]
    [InlineData("non-beijing-family.json")]
    [InlineData("beijing-family-renting.json")]
    public async Task Evaluate_SampleCase_ReturnsTheReportTheCliPrints(string sample)
    {
        // Arrange: the CLI's evaluate path, in process
        var json = await File.ReadAllTextAsync(Sample(sample));
        var service = server.Services.GetRequiredService<EligibilityService>();
        var file = CaseFile.Parse(json);
        var expected = ReportJson.Serialize(service.Evaluate(file.ToRequest(service.Variables, file.Date!.Value, file.Locale!)));
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", json);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal(expected, response.Body);
    }

    [Fact]
    public async Task Evaluate_NonBeijingFamily_IsEligibleWithDocumentsOfficeAndCitations()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", await File.ReadAllTextAsync(Sample("non-beijing-family.json")));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("2017-05-10", response.Json.GetProperty("date").GetString());
        Assert.False(string.IsNullOrEmpty(response.Json.GetProperty("ruleSetVersion").GetString()));
        var program = response.Program("school-enrolment.primary.non-beijing");
        Assert.Equal("eligible", program.GetProperty("status").GetString());
        Assert.NotEmpty(program.GetProperty("documents").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, program.GetProperty("office").ValueKind);
        Assert.All(program.GetProperty("reasons").EnumerateArray(), r =>
            Assert.False(string.IsNullOrEmpty(r.GetProperty("citation").GetProperty("document").GetString())));
        Assert.NotEmpty(program.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task Evaluate_LangEn_OverridesTheCaseLocale()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate?lang=en", await File.ReadAllTextAsync(Sample("district-hukou-family.json")));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("en", response.Json.GetProperty("locale").GetString());
        Assert.StartsWith("Primary entry", response.Program("school-enrolment.primary.local").GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NoLocaleInTheCase_FollowsAcceptLanguage()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", """{"date":"2017-05-10","facts":{"child.stage":"primary"}}""", "en-US");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("en", response.Json.GetProperty("locale").GetString());
        Assert.Equal("undetermined", response.Program("school-enrolment.primary.local").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Evaluate_NoDate_UsesTodayFromTheServerClock()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", """{"facts":{"child.stage":"primary"}}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(DateOnly.FromDateTime(server.Clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd"), response.Json.GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("not json", "案例文件不是有效的 JSON：第2个字符附近写得不对")]
    [InlineData("", "案例文件是空的")]
    [InlineData("""{"date":"10 May","facts":{}}""", "date: 评估日期 \"10 May\" 不是 yyyy-MM-dd 格式")]
    [InlineData("""{"date":"2017-05-10"}""", "facts: 案例文件须有“facts”")]
    [InlineData("""{"locale":1,"facts":{}}""", "locale: 不支持语言 1")]
    [InlineData("""{"facts":{"child.stage":"primary","child.stage":"junior"}}""", "child.stage: 在“facts”中出现了不止一次")]
    public async Task Evaluate_MalformedCase_Is400ProblemSayingSo(string json, string detail)
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", json);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Equal(400, response.Json.GetProperty("status").GetInt32());
        Assert.StartsWith(detail, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"child.birthday":"2011-01-01"}""", "child.birthday", "There is no variable")]
    [InlineData("""{"child.birthDate":"31/08/2011"}""", "child.birthDate", "yyyy-MM-dd")]
    [InlineData("""{"child.birthDate":"2017-05-11"}""", "child.birthDate", "cannot be in the future")]
    [InlineData("""{"child.boarding":"no"}""", "child.boarding", "true or false")]
    [InlineData("""{"child.hukou":"mars"}""", "child.hukou", "one of:")]
    public async Task Evaluate_BadFact_Is400ProblemNamingTheVariable(string facts, string variable, string hint)
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate?lang=en", $$"""{"date":"2017-05-10","facts":{{facts}}}""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        var detail = response.Json.GetProperty("detail").GetString();
        Assert.StartsWith($"{variable}: ", detail, StringComparison.Ordinal);
        Assert.Contains(hint, detail, StringComparison.Ordinal);
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(variable, error.GetProperty("variable").GetString());
    }

    [Fact]
    public async Task Evaluate_BadFactInAChineseCase_ExplainsInChinese()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", """{"date":"2017-05-10","locale":"zh-CN","facts":{"child.birthDate":"2017-05-11"}}""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("将来", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SeveralBadFacts_NamesEachOne()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", """{"date":"2017-05-10","facts":{"child.birthday":1,"child.boarding":3}}""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var variables = response.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("variable").GetString()).ToArray();
        Assert.Equal(["child.birthday", "child.boarding"], variables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Evaluate_UnsupportedLang_Is400Problem()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate?lang=fr", """{"facts":{}}""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.Contains("'fr'", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Evaluate_BodySentAsSomethingElseThanJson_Is415ProblemSayingHowToSendIt(string mediaType)
    {
        // Arrange
        using var client = server.CreateClient();
        using var content = new StringContent("""{"facts":{}}""", System.Text.Encoding.UTF8, mediaType);

        // Act
        using var response = await client.PostAsync(new Uri("api/evaluate", UriKind.Relative), content);
        var answer = await ApiResponse.ReadAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal(ProblemJson, answer.MediaType);
        Assert.Equal(415, answer.Json.GetProperty("status").GetInt32());
        Assert.Equal("The body must be JSON: send it with Content-Type: application/json.", answer.Json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Evaluate_BodyWithoutContentType_IsReadAsJson()
    {
        // Arrange
        using var client = server.CreateClient();
        using var content = new StringContent("""{"date":"2017-05-10","facts":{}}""", System.Text.Encoding.UTF8);
        content.Headers.ContentType = null;

        // Act
        using var response = await client.PostAsync(new Uri("api/evaluate", UriKind.Relative), content);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Sample(string name) => Path.Combine(RepositoryPaths.Root, "samples", "school-enrolment", name);
}
