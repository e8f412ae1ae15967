using System.Net;

namespace PolicyRules.Bot.Web.Tests;

public sealed class RestApiPermitTests(BotServer server) : IClassFixture<BotServer>
{
    [Fact]
    public async Task Permits_AQuestion_AnswersWithTheChangeOfficeBasisAndCitation()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, $"api/permits?q={Uri.EscapeDataString("物业服务企业资质审批还需要办吗")}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var permit = response.Json.GetProperty("results")[0];
        Assert.Equal(26, permit.GetProperty("number").GetInt32());
        Assert.Equal("物业服务企业资质审批", permit.GetProperty("name").GetString());
        Assert.Equal("cancelled", permit.GetProperty("change").GetString());
        Assert.Equal("已取消，不再办理。", permit.GetProperty("answer").GetString());
        Assert.Equal("住房城乡建设委", permit.GetProperty("office").GetString());
        Assert.Equal("《物业管理条例》国务院令第379号", permit.GetProperty("basis").GetString());
        Assert.Equal("附件[26]", permit.GetProperty("citation").GetProperty("clause").GetString());
        Assert.Equal("对取消的行政许可等行政职权事项，不得以任何形式变相审批", permit.GetProperty("rule").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Permits_NoQuery_ListsAllThirtyFourItems()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/permits?lang=en");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var results = response.Json.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(34, results.Length);
        Assert.Equal("Approval to hold sports competitions", results[23].GetProperty("name").GetString());
        Assert.Equal("merged", results[11].GetProperty("change").GetString());
    }

    [Fact]
    public async Task Permits_UnsupportedLanguage_IsAProblem()
    {
        // Arrange
        using var client = server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/permits?q=x&lang=fr");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("lang must be zh-CN or en, not 'fr'.", response.Json.GetProperty("detail").GetString());
    }
}
