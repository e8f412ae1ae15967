using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Hosting;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>删除我的数据 and idle expiry, seen from the outside: what is stored goes, and the conversation ends.</summary>
public sealed class DataDeletionTests : IAsyncLifetime
{
    private readonly BotServer _server = new(new Dictionary<string, string?> { ["Conversations:IdleExpiry"] = "02:00:00" });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private IStorage Storage => _server.Services.GetRequiredService<IStorage>();

    private ITranscriptStore Transcripts => _server.Services.GetRequiredService<ITranscriptStore>();

    [Fact]
    public async Task Deleting_my_data_erases_the_answers_and_the_transcript_then_ends_the_conversation()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        await client.SayAsync("想问孩子上学的事");
        await client.SayAsync("上小学一年级");
        var stateKey = $"directline/conversations/{client.ConversationId}";
        Assert.NotEmpty(await Storage.ReadAsync([stateKey]));

        var goodbye = await client.SayAsync("删除我的数据");

        Assert.Contains(goodbye, a => ((string?)a["text"] ?? string.Empty).Contains("已删除", StringComparison.Ordinal));
        Assert.Contains(goodbye, a => (string?)a["type"] == "endOfConversation");
        Assert.Empty(await Storage.ReadAsync([stateKey]));
        var (_, everything) = await client.GetActivitiesAsync(null);
        Assert.DoesNotContain(everything!["activities"]!, a => (string?)a["text"] is "想问孩子上学的事" or "上小学一年级" or "删除我的数据");

        var (status, _) = await client.GetActivitiesAsync(client.Watermark);
        Assert.Equal(HttpStatusCode.NotFound, status);
        using var http = _server.CreateClient(client.Token);
        using var reconnect = await http.GetAsync($"v3/directline/conversations/{client.ConversationId}");
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
        using var post = await http.PostAsync($"v3/directline/conversations/{client.ConversationId}/activities", DirectLineTestClient.Json("""{"type":"message","text":"还在吗"}"""));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task A_conversation_idle_past_the_expiry_is_deleted_and_a_recent_one_is_kept()
    {
        using var idle = await DirectLineTestClient.StartAsync(_server);
        await idle.ReadNewAsync();
        await idle.SayAsync("想问孩子上学的事");
        _server.Clock.Advance(TimeSpan.FromMinutes(90));
        using var recent = await DirectLineTestClient.StartAsync(_server);
        await recent.ReadNewAsync();
        await recent.SayAsync("想问孩子上学的事");
        _server.Clock.Advance(TimeSpan.FromMinutes(31));

        var expiry = _server.Services.GetServices<IHostedService>().OfType<ConversationExpiryService>().Single();
        await expiry.DeleteExpiredAsync(CancellationToken.None);

        Assert.Empty(await Storage.ReadAsync([$"directline/conversations/{idle.ConversationId}"]));
        Assert.Null(await Transcripts.FindTranscriptAsync(idle.ConversationId));
        Assert.Empty(await Transcripts.ReadActivitiesAsync(idle.ConversationId, 0));
        Assert.Single(await Storage.ReadAsync([$"directline/conversations/{recent.ConversationId}"]));
        Assert.NotEmpty(await Transcripts.ReadActivitiesAsync(recent.ConversationId, 0));
        using var http = _server.CreateClient(BotServer.Secret);
        using var gone = await http.GetAsync($"v3/directline/conversations/{idle.ConversationId}/activities");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
