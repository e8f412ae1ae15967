using System.Net;
using Microsoft.Extensions.Logging;
using PolicyRules.Testing.Fuzz;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// Posts no client should send, over HTTP: each is a precise 4xx with Direct Line's error body — never a 5xx, never an
/// error in the log — and the conversation carries on. (Expired tokens, another conversation's token on reading and
/// malformed JSON are in <see cref="DirectLineContractTests"/>.)
/// </summary>
public sealed class DirectLineBadInputTests : IAsyncLifetime
{
    private readonly BotServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    public static TheoryData<string, string> Malformed() => new()
    {
        { string.Empty, "'type'" },
        { "null", "'type'" },
        { """{"type":"","text":"你好"}""", "'type'" },
        { "[]", "not a JSON activity" },
        { "\"message\"", "not a JSON activity" },
        { """{"type":"message","text":{}}""", "not a JSON activity" },
        { """{"type":"message","timestamp":"yesterday"}""", "ISO-8601" },
        { """{"type":"message","attachments":"none"}""", "not a JSON activity" },
        { """{"type":"message","channelData":""" + HostileJson.Nested(10_000).First() + "}", "not a JSON activity" },
        { """{"type":"message","value":""" + HostileJson.Nested(10_000).Last() + "}", "not a JSON activity" },
        { """{"type":"message","text":"\ud800"}""", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_activity_is_400_naming_the_problem_and_the_conversation_goes_on(string body, string problem)
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        using var http = _server.CreateClient(client.Token);

        using var response = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json(body));
        var replies = await client.SayAsync("想问孩子上学的事");

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("BadArgument", (string?)ParseJson(text)["error"]?["code"]);
            Assert.Contains(problem, (string?)ParseJson(text)["error"]?["message"], StringComparison.Ordinal);
        }

        Assert.Contains(replies, a => (string?)a["from"]?["role"] == "bot");
        Assert.DoesNotContain(_server.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Posting_to_an_unknown_conversation_is_404_with_a_body()
    {
        using var http = _server.CreateClient(BotServer.Secret);

        using var response = await http.PostAsync("v3/directline/conversations/no-such-conversation/activities",
            DirectLineTestClient.Json("""{"type":"message","text":"你好"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-conversation", (string?)ParseJson(await response.Content.ReadAsStringAsync())["error"]?["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_with_a_token_for_another_conversation_is_403_and_nothing_is_kept()
    {
        using var mine = await DirectLineTestClient.StartAsync(_server);
        using var theirs = await DirectLineTestClient.StartAsync(_server);
        await theirs.ReadNewAsync();
        using var http = _server.CreateClient(mine.Token);

        using var response = await http.PostAsync($"v3/directline/conversations/{theirs.ConversationId}/activities",
            DirectLineTestClient.Json("""{"type":"message","text":"冒充别人"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenInvalid", (string?)ParseJson(await response.Content.ReadAsStringAsync())["error"]?["code"]);
        Assert.Empty(await theirs.ReadNewAsync());
    }

    [Fact]
    public async Task Posting_with_an_expired_token_is_403_TokenExpired()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        using var http = _server.CreateClient(client.Token);
        _server.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        using var response = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities",
            DirectLineTestClient.Json("""{"type":"message","text":"你好"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", (string?)ParseJson(await response.Content.ReadAsStringAsync())["error"]?["code"]);
    }

    [Fact]
    public async Task A_replayed_activity_is_409_naming_the_first_and_is_answered_once()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        using var http = _server.CreateClient(client.Token);
        const string activity = """{"type":"message","text":"想问孩子上学的事","channelData":{"clientActivityID":"replayed-1"}}""";

        using var first = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json(activity));
        var id = (string?)ParseJson(await first.Content.ReadAsStringAsync())["id"];
        using var replay = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json(activity));
        var activities = await client.ReadNewAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Contains($"'replayed-1' was already received as '{id}'", (string?)ParseJson(await replay.Content.ReadAsStringAsync())["error"]?["message"], StringComparison.Ordinal);
        Assert.Single(activities, a => (string?)a["channelData"]?["clientActivityID"] == "replayed-1");
    }

    [Fact]
    public async Task The_same_client_id_in_another_conversation_is_not_a_replay()
    {
        using var one = await DirectLineTestClient.StartAsync(_server);
        using var other = await DirectLineTestClient.StartAsync(_server);

        var first = await one.SendAsync("想问孩子上学的事", clientActivityId: "same-id");
        var second = await other.SendAsync("想问孩子上学的事", clientActivityId: "same-id");

        Assert.NotEqual(first, second);
    }
}
