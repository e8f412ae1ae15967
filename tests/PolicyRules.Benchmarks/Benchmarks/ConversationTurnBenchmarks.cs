using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using PolicyRules.Benchmarks.Load;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Builder.Testing;
using PolicyRules.Bot.Conversation;
using PolicyRules.Screening;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// One turn of the real bot over the real rules, as the host runs it minus the wire: the conversation's state read from
/// storage, the answer understood, the next question chosen (or the result card built), the state written back. The
/// person answers as the load test's everyday people do (<see cref="EverydayAnswers"/>); the turn measured is an answer
/// in the middle of a screening (<see cref="TurnKind.NextQuestion"/>) or the last one, which gives the result card with
/// the explained report (<see cref="TurnKind.ResultCard"/>). Each invocation first puts back the state the conversation
/// had before that answer, so every one does the same turn.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class ConversationTurnBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly MemoryStorage _storage = new();
    private TestAdapter _adapter = null!;
    private PolicyBot _bot = null!;
    private string _stateKey = string.Empty;
    private JObject _before = null!;
    private string _answer = string.Empty;

    [Params("school-enrolment", "veteran-placement", "employment-subsidy")]
    public string Area { get; set; } = string.Empty;

    [Params(TurnKind.NextQuestion, TurnKind.ResultCard)]
    public TurnKind Turn { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var clock = new BeijingClock(Now);
        var state = new ConversationState(_storage);
        var conversation = TestAdapter.CreateConversation("directline");
        conversation.Locale = "zh-CN";
        _adapter = new TestAdapter(conversation, clock).Use(new AutoSaveStateMiddleware(state));
        _bot = new PolicyBot(state, ScreeningServices.Default.Eligibility, ScreeningServices.Default.Catalog, clock);
        _stateKey = $"{conversation.ChannelId}/conversations/{conversation.Conversation!.Id}";

        // Walk a screening, keeping the state and the answer before each question; measure the middle one or the last.
        var person = new EverydayAnswers(Area, seed: 7);
        var steps = new List<(JObject State, string Answer)>();
        var reply = Say(person.Opening);
        while (Question(reply) is { } question && steps.Count < 80)
        {
            var answer = person.Answer(question.Variable, question.Type, question.Buttons);
            steps.Add(((JObject)_storage.ReadAsync([_stateKey]).GetAwaiter().GetResult()[_stateKey], answer));
            reply = Say(answer);
        }

        (_before, _answer) = Turn == TurnKind.ResultCard ? steps[^1] : steps[steps.Count / 2];
    }

    [Benchmark]
    public int AnswerTurn()
    {
        _before["eTag"] = "*";
        _storage.WriteAsync(new Dictionary<string, object> { [_stateKey] = _before }).GetAwaiter().GetResult();
        return Say(_answer).Count;
    }

    private List<Activity> Say(string text)
    {
        _adapter.SendTextToBotAsync(text, _bot.OnTurnAsync).GetAwaiter().GetResult();
        var replies = new List<Activity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private static (string Variable, string Type, IReadOnlyList<string> Buttons)? Question(List<Activity> replies)
    {
        var policy = (replies.LastOrDefault()?.ChannelData as JObject)?["policyRules"];
        return policy?["question"] is { } question
            ? ((string)question!, (string?)policy["type"] ?? string.Empty, replies[^1].SuggestedActions?.Actions?.Select(a => a.Title ?? string.Empty).ToArray() ?? [])
            : null;
    }

    /// <summary>A clock that stands still in Beijing time, so that every turn is evaluated on the same day.</summary>
    private sealed class BeijingClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("Beijing", TimeSpan.FromHours(8), "Beijing", "Beijing");
    }
}
