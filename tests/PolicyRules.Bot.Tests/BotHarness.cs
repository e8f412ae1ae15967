using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Builder.Testing;
using PolicyRules.Bot.Conversation;
using PolicyRules.Screening;

namespace PolicyRules.Bot.Tests;

/// <summary>The real bot over the real rules, in memory, on a fixed clock.</summary>
internal sealed class BotHarness
{

    /// <summary>The bot over <paramref name="services"/>: the rules library's own unless given (with an operator's parameter file, say).</summary>
    public BotHarness(string locale = "zh-CN", ScreeningServices? services = null)
    {
        services ??= ScreeningServices.Default;
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)));
        var conversationState = new ConversationState(Storage);
        var conversation = TestAdapter.CreateConversation();
        conversation.Locale = locale;
        Adapter = new TestAdapter(conversation, clock).Use(new AutoSaveStateMiddleware(conversationState));
        Bot = new PolicyBot(conversationState, services.Eligibility, services.Catalog, clock);
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

    /// <summary>
    /// Opens with <paramref name="opening"/> and answers every question from <paramref name="answers"/> (by variable id),
    /// else <paramref name="otherwise"/>; returns the result card.
    /// </summary>
    public async Task<Activity> AnswerUntilResultAsync(
        string opening, IReadOnlyDictionary<string, string> answers, string otherwise, IReadOnlyCollection<string>? except = null)
    {
        var replies = await SayAsync(opening);
        for (var turn = 0; turn < 80; turn++)
        {
            var question = BotHarness.QuestionOf(replies[^1]);
            if (question is null)
            {
                return replies[^1];
            }

            var answer = answers.TryGetValue(question, out var given) ? given
                : except?.Contains(question) == true ? "否"
                : question is "child.preferenceStatus" or "child.disability" ? "没有" : otherwise;
            replies = await SayAsync(answer);
        }

        throw new InvalidOperationException("The interview did not end within 80 questions.");
    }

    /// <summary>What the storage holds for this conversation's state (ConversationState's key), or null.</summary>
    public async Task<object?> StoredStateAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}";
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var item) ? item : null;
    }

    public static Newtonsoft.Json.Linq.JToken? ReportOf(Activity activity) =>
        (activity.ChannelData as Newtonsoft.Json.Linq.JObject)?["policyRules"]?["report"];

    public static string? QuestionOf(Activity activity) =>
        (activity.ChannelData as Newtonsoft.Json.Linq.JObject)?["policyRules"]?["question"]?.ToString();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("Beijing", TimeSpan.FromHours(8), "Beijing", "Beijing");
    }
}
