using System.Globalization;
using PolicyRules.Bot.Builder;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Cli.Chat;

/// <summary>
/// A terminal as a channel: each line typed is a message to the bot, each reply is printed, and
/// as text a terminal can show (no Markdown marks), and suggested actions are shown numbered (typing
/// the number sends that button).
/// </summary>
internal sealed class ConsoleAdapter(TextWriter output, TimeProvider time, string locale) : BotAdapter
{
    private readonly ConversationReference _conversation = new()
    {
        ChannelId = "console",
        Conversation = new ConversationAccount { Id = Guid.NewGuid().ToString("N") },
        User = new ChannelAccount("user", "市民"),
        Bot = new ChannelAccount("bot", "政策助手"),
        Locale = locale,
    };

    private IList<CardAction> _buttons = [];

    public Task StartAsync(BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var update = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [_conversation.User!] };
        return RunAsync(update, callback, cancellationToken);
    }

    public Task SendTextAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= _buttons.Count)
        {
            text = _buttons[number - 1].Value?.ToString() ?? _buttons[number - 1].Title ?? text;
        }

        return RunAsync(new Activity(ActivityTypes.Message) { Text = text }, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync($"政策助手> {TerminalText.From(activity.Text)}");
            foreach (var attachment in activity.Attachments ?? [])
            {
                await output.WriteLineAsync(TerminalText.From(attachment.Content?.ToString()));
            }

            _buttons = activity.SuggestedActions?.Actions ?? [];
            if (_buttons.Count > 0)
            {
                await output.WriteLineAsync("    " + string.Join("  ", _buttons.Select((b, i) => $"[{i + 1}] {b.Title}")));
            }
        }

        return [.. activities.Select(a => new ResourceResponse(a.Id ?? Guid.NewGuid().ToString("N")))];
    }

    private Task RunAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        activity.ApplyConversationReference(_conversation, isIncoming: true);
        activity.Timestamp = time.GetUtcNow();
        activity.LocalTimestamp = time.GetLocalNow();
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }
}
