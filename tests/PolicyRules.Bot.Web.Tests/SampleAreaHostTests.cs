using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyRules.SampleArea.ChildcareAllowance;
using PolicyRules.Screening;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// The host serving a throw-away area from another assembly (tests/PolicyRules.SampleArea) through
/// the screening services it is given: the REST API lists and evaluates it, and a Direct Line
/// conversation reaches it as a topic, with no edit to the host.
/// </summary>
public sealed class SampleAreaHostTests : IAsyncLifetime
{
    private readonly BotServer _server = new([], configureServices: services =>
        services.AddSingleton(ScreeningServices.Create(typeof(ChildcareParameters).Assembly)));

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Programs_SampleAreaLoaded_ListsItsProgramBesideSchoolEnrolment()
    {
        // Arrange
        using var client = _server.CreateClient();

        // Act
        var response = await ApiResponse.GetAsync(client, "api/programs");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var areas = response.Json.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("area").GetString());
        Assert.Equal("childcare-allowance", areas[ChildcareAllowanceNames.Program]);
        Assert.Equal("school-enrolment", areas["school-enrolment.primary.local"]);
    }

    [Fact]
    public async Task Evaluate_SampleCase_ReportCarriesTheAmounts()
    {
        // Arrange
        using var client = _server.CreateClient();
        const string Case = """{ "date": "2026-12-05", "facts": { "childcare.inCare": true, "child.birthDate": "2024-03-01", "childcare.monthsInCare": 10 } }""";

        // Act
        var response = await ApiResponse.PostAsync(client, "api/evaluate", Case);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var program = response.Json.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == ChildcareAllowanceNames.Program);
        Assert.Equal("eligible", program.GetProperty("status").GetString());
        var amounts = program.GetProperty("amounts").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(5000m, amounts["monthly-allowance"].GetProperty("value").GetDecimal());
        Assert.Equal("［区补贴标准（尚未设定）］", amounts["district-supplement"].GetProperty("formula").GetString());
    }

    [Fact]
    public async Task DirectLine_FirstMessageNamesTheSampleArea_BotAsksItsQuestions()
    {
        // Arrange
        using var client = await DirectLineTestClient.StartAsync(_server);

        // Act
        var replies = await client.SayAsync("孩子上托育有补贴吗");

        // Assert
        var question = replies.Last(a => a["channelData"]?["policyRules"]?["question"] is not null);
        Assert.Equal("childcare.inCare", question["channelData"]!["policyRules"]!["question"]!.ToString());
    }
}
