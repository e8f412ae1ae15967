using System.Net;
using System.Text.Json;

namespace PolicyRules.Bot.Web.Tests;

public sealed class RestApiSearchTests(SearchServer search) : IClassFixture<SearchServer>
{
    private const string ProblemJson = "application/problem+json";

    [Fact]
    public async Task Search_FiveCertificates_AnswersTheirDocumentsClausesFirstWithPassageScoreAndRules()
    {
        // Arrange
        using var client = search.Server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/search?q=%E4%BA%94%E8%AF%81&limit=4");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("五证", response.Json.GetProperty("query").GetString());
        var results = response.Json.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(4, results.Length);
        Assert.All(results, r => Assert.Equal("门政办发〔2017〕27号", r.GetProperty("documentNumber").GetString()));
        var window = results.Single(r => r.GetProperty("clausePath").GetString() == "三(二)");
        Assert.Contains("“**五证**”", window.GetProperty("passage").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("北京市门头沟区人民政府办公室转发区教委", window.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Number, window.GetProperty("score").ValueKind);
        Assert.Contains(window.GetProperty("rules").EnumerateArray(), r =>
            r.GetProperty("rule").GetString()!.StartsWith("school-enrolment/27-3-2/", StringComparison.Ordinal)
            && r.TryGetProperty("program", out var program) && program.GetString() == "school-enrolment.primary.non-beijing");
    }

    [Theory]
    [InlineData("api/search", "q is required")]
    [InlineData("api/search?q=%20", "q is required")]
    [InlineData("api/search?q=x&limit=0", "limit must be a number from 1 to 100")]
    [InlineData("api/search?q=x&limit=101", "limit must be a number from 1 to 100")]
    public async Task Search_BadRequest_IsAProblemSayingWhatToFix(string path, string detail)
    {
        // Arrange
        using var client = search.Server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, path);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ProblemJson, response.MediaType);
        Assert.StartsWith(detail, response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DocumentsFolderMissing_Is503WithoutThePath()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "policyrules-no-documents-here");
        var server = new BotServer(new Dictionary<string, string?> { ["Search:DocumentsFolder"] = missing });
        await server.InitializeAsync();
        try
        {
            using var client = server.CreateClient();

            // Act
            var response = await ApiResponse.GetAsync(client, "api/search?q=x");

            // Assert
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
            Assert.Equal(ProblemJson, response.MediaType);
            Assert.Contains("Search:DocumentsFolder", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain(missing, response.Body, StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
