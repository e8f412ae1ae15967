using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// What no endpoint takes: a body over the host's limit (413 with a body saying the limit, not a 500), a message longer
/// than a person would type (413), and a conversation posting faster than a person can (429) — each a precise 4xx that
/// names the limit, and none of them an error in the log.
/// </summary>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private readonly BotServer _server = new(new Dictionary<string, string?>
    {
        ["Host:MaxRequestBodyBytes"] = "65536",
        ["DirectLine:MaxMessageCharacters"] = "2000",
        ["DirectLine:MessagesPerConversationPerMinute"] = "5",
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_body_over_the_limit_is_413_with_the_limit_named_on_Direct_Line_and_the_REST_API()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        using var http = _server.CreateClient(client.Token);
        var huge = $$"""{"type":"message","text":"{{new string('字', 40_000)}}"}""";

        using var activity = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", new StringContent(huge, Encoding.UTF8, "application/json"));
        using var evaluate = await http.PostAsync("api/evaluate", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, activity.StatusCode);
        Assert.Contains("65536", (string?)ParseJson(await activity.Content.ReadAsStringAsync())["error"]?["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, evaluate.StatusCode);
        Assert.Equal("application/problem+json", evaluate.Content.Headers.ContentType?.MediaType);
        Assert.Contains("65536", (string?)ParseJson(await evaluate.Content.ReadAsStringAsync())["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_message_longer_than_the_limit_is_413_and_not_kept()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();

        var (status, body) = await client.TrySendAsync(new string('问', 2001));
        var (shortStatus, _) = await client.TrySendAsync(new string('问', 2000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("MessageSizeTooBig", (string?)body?["error"]?["code"]);
        Assert.Contains("2000", (string?)body?["error"]?["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shortStatus);
        Assert.Single(await client.ReadNewAsync(), a => (string?)a["from"]?["role"] == "user");
    }

    [Fact]
    public async Task A_conversation_posting_faster_than_the_limit_gets_429_while_another_goes_on()
    {
        using var fast = await DirectLineTestClient.StartAsync(_server);
        using var other = await DirectLineTestClient.StartAsync(_server);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await fast.TrySendAsync("为什么问这个")).Status);
        }

        var (otherStatus, _) = await other.TrySendAsync("孩子今年上小学");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherStatus);
        Assert.DoesNotContain(_server.Logs.Entries, e => e.Level >= LogLevel.Error);
    }
}
