using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Builder.Testing;
using PolicyRules.Bot.Conversation;
using PolicyRules.Screening;

namespace PolicyRules.Bot.Tests;

/// <summary>The real bot over the real rules, in memory, on a fixed clock.</summary>
internal sealed class BotHarness
{

    public BotHarness(string locale = "zh-CN")
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));
        var conversationState = new ConversationState(Storage);
        var conversation = TestAdapter.CreateConversation();
        conversation.Locale = locale;
        Adapter = new TestAdapter(conversation, clock).Use(new AutoSaveStateMiddleware(conversationState));
        Bot = new PolicyBot(conversationState, ScreeningServices.Default.Eligibility, ScreeningServices.Default.Catalog, clock);
    }

    public MemoryStorage Storage { get; } = new();

    public TestAdapter Adapter { get; }

    public PolicyBot Bot { get; }

    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>Sends one message and returns every reply of the turn.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    /// <summary>What the storage holds for this conversation's state (ConversationState's key), or null.</summary>
    public async Task<object?> StoredStateAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}";
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? item : null;
    }

    public static string? QuestionOf(Activity activity) =>
        (activity.ChannelData as Newtonsoft.Json.Linq.JObject)?["policyRules"]?["question"]?.ToString();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("Beijing", TimeSpan.FromHours(8), "Beijing", "Beijing");
    }
}
