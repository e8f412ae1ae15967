using System.Net;

namespace PolicyRules.Bot.Web.Tests;

public sealed class RestApiExplainTests(BotServer server) : IClassFixture<BotServer>
{
    [Fact]
    public async Task Explain_NonBeijingFamily_ReturnsTheReasonsAsATree()
    {
        // Arrange
        using var client = server.CreateClient();
        var json = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "school-enrolment", "non-beijing-family.json"));

        // Act
        var response = await ApiResponse.PostAsync(client, "api/explain", json);

        // Assert: the rule that grants the program, the rules beneath it, and beneath the lease rule the two it rests on
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("2017-05-10", response.Json.GetProperty("date").GetString());
        var program = response.Program("school-enrolment.primary.non-beijing");
        Assert.Equal("eligible", program.GetProperty("status").GetString());
        Assert.True(program.GetProperty("applies").GetBoolean());
        var grant = Assert.Single(program.GetProperty("reasons").EnumerateArray());
        Assert.Equal("fired", grant.GetProperty("kind").GetString());
        Assert.Equal("二", grant.GetProperty("citation").GetProperty("clause").GetString());
        var lease = grant.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("text").GetString()!.StartsWith("租住有产权证", StringComparison.Ordinal));
        Assert.Equal(["四(二)", "四(二)2"], lease.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("citation").GetProperty("clause").GetString()));
    }

    [Fact]
    public async Task Explain_QuestionsUnanswered_ArePendingReasons()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/explain?lang=en", """{"date":"2017-05-10","facts":{"child.stage":"primary"}}""");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var program = response.Program("school-enrolment.primary.local");
        Assert.Equal("undetermined", program.GetProperty("status").GetString());
        Assert.All(program.GetProperty("reasons").EnumerateArray(), r => Assert.Equal("pending", r.GetProperty("kind").GetString()));
        Assert.StartsWith("Cannot tell yet. Still needed:", program.GetProperty("reasons")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(program.GetProperty("reasons")[0].GetProperty("children").EnumerateArray());
    }

    [Fact]
    public async Task Explain_UnknownVariable_IsTheSameProblemAsEvaluate()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.PostAsync(client, "api/explain", """{"date":"2017-05-10","facts":{"child.birthday":"2011-01-01"}}""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal("child.birthday", response.Json.GetProperty("errors")[0].GetProperty("variable").GetString());
    }
}
