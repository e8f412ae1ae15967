using System.Net;
using System.Text.Json;

namespace PolicyRules.Bot.Web.Tests;

public sealed class OpenApiDocumentTests(BotServer server) : IClassFixture<BotServer>
{
    [Fact]
    public async Task Document_IsOpenApi3AndDescribesTheRestApiOnly()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "openapi/v1.json");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith("3.", response.Json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = response.Json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["/api/areas", "/api/evaluate", "/api/explain", "/api/notice", "/api/notice/pdf", "/api/permits", "/api/programs", "/api/screen", "/api/search", "/api/variables"], paths);
    }

    [Theory]
    [InlineData("/api/evaluate", "post")]
    [InlineData("/api/explain", "post")]
    [InlineData("/api/permits", "get")]
    [InlineData("/api/search", "get")]
    [InlineData("/api/programs", "get")]
    [InlineData("/api/variables", "get")]
    [InlineData("/api/areas", "get")]
    [InlineData("/api/notice", "post")]
    public async Task Document_EachOperationHasASummaryA200SchemaAndA400Problem(string path, string method)
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var operation = (await ApiResponse.GetAsync(client, "openapi/v1.json")).Json.GetProperty("paths").GetProperty(path).GetProperty(method);

        // Assert
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
        var responses = operation.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _));
        Assert.True(responses.GetProperty("400").GetProperty("content").GetProperty("application/problem+json").TryGetProperty("schema", out _));
    }

    [Fact]
    public async Task Document_EvaluateTakesACaseFileAndReturnsAReport()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var document = (await ApiResponse.GetAsync(client, "openapi/v1.json")).Json;

        // Assert
        var evaluate = document.GetProperty("paths").GetProperty("/api/evaluate").GetProperty("post");
        var body = evaluate.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal("#/components/schemas/CaseFile", body.GetProperty("$ref").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("CaseFile").GetProperty("properties").TryGetProperty("facts", out _));
        Assert.Equal(["facts"], schemas.GetProperty("CaseFile").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("office", schemas.GetProperty("ProgramReport").GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.True(schemas.GetProperty("Report").GetProperty("properties").TryGetProperty("programs", out _));
        Assert.Contains(evaluate.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "lang");
    }

    [Fact]
    public async Task Document_IsValidJson()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var body = (await ApiResponse.GetAsync(client, "openapi/v1.json")).Body;

        // Assert
        using var document = JsonDocument.Parse(body);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }
}
