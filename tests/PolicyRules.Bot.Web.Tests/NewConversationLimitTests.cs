using System.Net;

namespace PolicyRules.Bot.Web.Tests;

public sealed class NewConversationLimitTests : IAsyncLifetime
{
    private readonly BotServer _server = new(new Dictionary<string, string?> { ["DirectLine:NewConversationsPerMinute"] = "2" });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Starting_more_conversations_per_minute_than_allowed_is_refused_with_429_and_a_retry_time()
    {
        using var http = _server.CreateClient(BotServer.Secret);
        using var first = await http.PostAsync("v3/directline/conversations", null);
        using var second = await http.PostAsync("api/chat/token", null);
        using var third = await http.PostAsync("v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), third.Headers.RetryAfter?.Delta);
    }
}
