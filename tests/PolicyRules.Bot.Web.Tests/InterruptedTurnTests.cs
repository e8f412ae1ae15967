using Microsoft.Extensions.DependencyInjection;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.DirectLine;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// The few milliseconds between storing a person's message and the bot's answer: a process killed there has the message
/// but no answer. The next time the client looks, the turn runs — once.
/// </summary>
public sealed class InterruptedTurnTests : IAsyncLifetime
{
    private readonly BotServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    private DirectLineConversations Conversations => _server.Services.GetRequiredService<DirectLineConversations>();

    private DirectLineTurns Turns => _server.Services.GetRequiredService<DirectLineTurns>();

    [Fact]
    public async Task A_message_stored_but_never_answered_is_answered_when_the_client_next_reads()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        var stored = await Conversations.AppendAsync(client.ConversationId, UserMessage("想问孩子上学的事"), CancellationToken.None);

        var (_, first) = await client.GetActivitiesAsync(client.Watermark);
        Assert.Single(first!["activities"]!);
        var answered = await client.ReadNewAsync();

        Assert.Contains(answered, a => (string?)a["replyToId"] == stored!.Activity.Id && (string?)a["channelData"]?["policyRules"]?["question"] == "child.stage");
    }

    [Fact]
    public async Task A_turn_that_already_completed_is_not_run_twice()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        await client.ReadNewAsync();
        await client.SayAsync("想问孩子上学的事");
        var answer = await Conversations.AppendAsync(client.ConversationId, UserMessage("上小学一年级"), CancellationToken.None);
        await Turns.Enqueue(client.ConversationId, answer!.Activity);
        var afterFirst = await client.ReadNewAsync();

        await Turns.Enqueue(client.ConversationId, answer.Activity);

        Assert.Contains(afterFirst, a => (string?)a["channelData"]?["policyRules"]?["question"] == "child.hukou");
        Assert.Empty(await client.ReadNewAsync());
    }

    private static Activity UserMessage(string text) => new(ActivityTypes.Message)
    {
        Text = text,
        Locale = "zh-CN",
        From = new ChannelAccount("dl_tester", role: RoleTypes.User),
        Recipient = DirectLineTurns.BotAccount,
    };
}
