using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Storage;
using PolicyRules.Testing;

namespace PolicyRules.Benchmarks.Benchmarks;

/// <summary>
/// What storing one more activity of a Direct Line conversation costs when the conversation already holds
/// <see cref="Length"/> of them, in each store: appending it as a row of its own (<see cref="Append"/>, how transcripts
/// are kept now) against reading the whole transcript as one item and writing it back with the activity added
/// (<see cref="RewriteWholeTranscript"/>, how they were kept before). Each invocation appends to a conversation of its
/// own, prepared before the iteration at exactly that length, so every one measures the same step.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PreparedAppends))]
public class TranscriptAppendBenchmarks
{
    private const int Conversations = 50;

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"policyrules-append-{Guid.NewGuid():N}.db");
    private PostgresServer? _postgres;
    private Npgsql.NpgsqlDataSource? _dataSource;
    private IStorage _storage = null!;
    private ITranscriptStore _transcripts = null!;
    private int _next;
    private int _round;

    [Params("Memory", "Sqlite", "Postgres")]
    public string Store { get; set; } = string.Empty;

    /// <summary>Activities already in the conversation: its first turn, a finished screening, a long one.</summary>
    [Params(1, 40, 200)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_storage, _transcripts) = Store switch
        {
            "Memory" => Both(new MemoryStorage()),
            "Sqlite" => Both(new SqliteStorage(_file)),
            _ => Both(Postgres()),
        };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_storage as IDisposable)?.Dispose();
        (_storage as IAsyncDisposable)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _dataSource?.Dispose();
        _postgres?.Dispose();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    [IterationSetup]
    public void Prepare()
    {
        _round++;
        _next = 0;
        Task.WaitAll([.. Enumerable.Range(0, Conversations).Select(PrepareAsync)]);
    }

    [Benchmark(Baseline = true)]
    public long? Append()
    {
        var conversation = Conversation(_next++);
        return _transcripts.AppendActivityAsync(conversation, sequence => Question(conversation, sequence)).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int RewriteWholeTranscript()
    {
        var key = Conversation(_next++);
        var stored = (JObject)_storage.ReadAsync([key]).GetAwaiter().GetResult()[key];
        var activities = (JArray)stored["activities"]!;
        activities.Add(JObject.FromObject(Question(key, activities.Count + 1), BotJson.CreateSerializer()));
        _storage.WriteAsync(new Dictionary<string, object> { [key] = stored }).GetAwaiter().GetResult();
        return activities.Count;
    }

    private async Task PrepareAsync(int index)
    {
        var conversation = Conversation(index);
        var activities = Enumerable.Range(1, Length).Select(sequence => Question(conversation, sequence)).ToArray();
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            [conversation] = new JObject { ["conversationId"] = conversation, ["activities"] = JArray.FromObject(activities, BotJson.CreateSerializer()) },
        });
        await _transcripts.CreateTranscriptAsync(conversation, "zh-CN");
        foreach (var activity in activities)
        {
            await _transcripts.AppendActivityAsync(conversation, _ => activity);
        }
    }

    private string Conversation(int index) => $"bench-{_round}-{index}";

    /// <summary>A question card as the bot sends it: text, three buttons and the <c>channelData.policyRules</c> contract.</summary>
    private static Activity Question(string conversation, long sequence)
    {
        var activity = MessageFactory.SuggestedActions(["是", "否", "不知道"], "第5题（约还剩4题）：孩子的父母双方是否都在本区务工？在本区连续缴纳社会保险满一年以上的，可以回答“是”。");
        activity.Id = $"{conversation}|{sequence:D7}";
        activity.Timestamp = DateTimeOffset.UnixEpoch.AddSeconds(sequence);
        activity.ChannelId = "directline";
        activity.Conversation = new ConversationAccount(id: conversation);
        activity.From = new ChannelAccount("policyrules-bot", "PolicyRules", RoleTypes.Bot);
        activity.ChannelData = new JObject
        {
            ["policyRules"] = new JObject
            {
                ["question"] = "family.bothParentsWorkInBeijing",
                ["type"] = "bool",
                ["programs"] = new JArray("school-enrolment.primary.non-beijing"),
                ["progress"] = new JObject { ["asked"] = 4, ["remainingEstimate"] = 4 },
            },
        };
        return activity;
    }

    /// <summary>One launch, 2 warm-up and 10 measured iterations of <see cref="Conversations"/> appends, each to a conversation prepared for it.</summary>
    public sealed class PreparedAppends : ManualConfig
    {
        public PreparedAppends()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(10)
                .WithInvocationCount(Conversations)
                .WithUnrollFactor(1)
                .WithId("Prepared"));
            AddColumn(StatisticColumn.P95, new P99Column());
            WithBuildTimeout(TimeSpan.FromMinutes(10));
        }
    }

    private static (IStorage, ITranscriptStore) Both<T>(T store)
        where T : IStorage, ITranscriptStore => (store, store);

    private PostgresStorage Postgres()
    {
        _postgres = new PostgresServer();
        _dataSource = Npgsql.NpgsqlDataSource.Create(_postgres.ConnectionString);
        return new PostgresStorage(_dataSource);
    }
}
