using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;
using Npgsql;
using PolicyRules.Testing;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// A bot process killed with SIGKILL mid-conversation and started again carries on from the last answer, on the
/// embedded SQLite file and on PostgreSQL: nothing said is lost, and nothing is answered twice.
/// </summary>
public sealed class CrashRecoveryTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const string Secret = "crash-recovery-secret";
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("policyrules-crash-").FullName;
    private readonly string _database = $"policyrules_crash_{Guid.NewGuid():N}";

    public void Dispose()
    {
        Directory.Delete(_dataDirectory, recursive: true);
        NpgsqlConnection.ClearAllPools();
        postgres.ExecuteAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE);").GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_conversation_survives_kill_9_and_carries_on_from_the_last_answer(string store)
    {
        var storage = await StorageAsync(store);
        string conversationId;
        string token;
        string watermark;
        var port = 0;
        using (var before = await BotProcess.StartAsync(_dataDirectory, Secret, storage: storage))
        {
            port = before.BaseAddress.Port;
            using var http = Client(before.BaseAddress, Secret);
            using var started = await http.PostAsync("v3/directline/conversations", DirectLineTestClient.Json("""{"locale":"zh-CN"}"""));
            var body = ParseJson(await started.Content.ReadAsStringAsync());
            conversationId = (string)body["conversationId"]!;
            token = (string)body["token"]!;
            using var conversation = Client(before.BaseAddress, token);
            watermark = (await WaitForQuestionAsync(conversation, conversationId, "0", null)).Watermark;
            watermark = (await SayAsync(conversation, conversationId, watermark, "想问孩子上学的事", "child.stage")).Watermark;
            watermark = (await SayAsync(conversation, conversationId, watermark, "上小学一年级", "child.hukou")).Watermark;
            watermark = (await SayAsync(conversation, conversationId, watermark, "门头沟区", "child.birthDate")).Watermark;

            before.KillHard();
        }

        using var after = await BotProcess.StartAsync(_dataDirectory, Secret, port, storage);
        using var resumed = Client(after.BaseAddress, token);

        using var reconnect = await resumed.GetAsync($"v3/directline/conversations/{conversationId}?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var replay = await ActivitiesAsync(resumed, conversationId, "0");
        Assert.Contains(replay.Activities, a => (string?)a["text"] == "门头沟区");
        Assert.Equal(watermark, replay.Watermark);

        var next = await SayAsync(resumed, conversationId, watermark, "2011年8月31日", expected: null);
        var question = (string?)next.Last["channelData"]!["policyRules"]!["question"];
        Assert.NotNull(question);
        Assert.DoesNotContain(question, new[] { "child.stage", "child.hukou", "child.birthDate" });

        watermark = next.Watermark;
        for (var turn = 0; turn < 10 && next.Last["channelData"]!["policyRules"]!["report"] is null; turn++)
        {
            var buttons = next.Last["suggestedActions"]!["actions"]!.Select(a => (string)a["value"]!).ToList();
            next = await SayAsync(resumed, conversationId, watermark, buttons.FirstOrDefault(b => b is "都不是" or "没有残疾" or "否") ?? buttons[^1], expected: null);
            watermark = next.Watermark;
        }

        var report = next.Last["channelData"]!["policyRules"]!["report"]!;
        Assert.Contains(report["programs"]!, p => (string?)p["id"] == "school-enrolment.primary.local" && (string?)p["status"] == "eligible");
        var everything = (await ActivitiesAsync(resumed, conversationId, "0")).Activities;
        var said = everything.Where(a => (string?)a["from"]?["role"] == "user").ToList();
        Assert.All(said, message => Assert.Single(everything, a => (string?)a["replyToId"] == (string?)message["id"] && a["channelData"]?["policyRules"] is not null));
    }

    private async Task<IReadOnlyDictionary<string, string>> StorageAsync(string store)
    {
        if (store == "Sqlite")
        {
            return new Dictionary<string, string> { ["Storage:Provider"] = "Sqlite" };
        }

        await postgres.ExecuteAsync($"CREATE DATABASE {_database};");
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = _database }.ConnectionString;
        return new Dictionary<string, string> { ["Storage:Provider"] = "Postgres", ["Storage:PostgresConnectionString"] = connectionString };
    }

    private static HttpClient Client(Uri baseAddress, string bearer)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http;
    }

    private static async Task<Turn> SayAsync(HttpClient http, string conversationId, string watermark, string text, string? expected)
    {
        var activity = new JObject { ["type"] = "message", ["text"] = text, ["locale"] = "zh-CN", ["from"] = new JObject { ["id"] = "dl_crash" } };
        using var posted = await http.PostAsync($"v3/directline/conversations/{conversationId}/activities", DirectLineTestClient.Json(activity.ToString()));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var turn = await WaitForQuestionAsync(http, conversationId, watermark, (string)ParseJson(await posted.Content.ReadAsStringAsync())["id"]!);
        if (expected is not null)
        {
            Assert.Equal(expected, (string?)turn.Last["channelData"]!["policyRules"]!["question"]);
        }

        return turn;
    }

    /// <summary>Polls until the bot has asked its next question (or given its result), after <paramref name="replyTo"/> if given.</summary>
    private static async Task<Turn> WaitForQuestionAsync(HttpClient http, string conversationId, string watermark, string? replyTo)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var received = new List<JObject>();
        while (DateTime.UtcNow < deadline)
        {
            var set = await ActivitiesAsync(http, conversationId, watermark);
            received.AddRange(set.Activities);
            watermark = set.Watermark;
            var last = received.LastOrDefault(a => a["channelData"]?["policyRules"] is not null || (replyTo is null && a["suggestedActions"] is not null));
            if (last is not null && (replyTo is null || (string?)last["replyToId"] == replyTo))
            {
                return new Turn(last, watermark);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The bot did not answer: " + string.Join(" | ", received.Select(a => (string?)a["text"])));
    }

    private static async Task<(List<JObject> Activities, string Watermark)> ActivitiesAsync(HttpClient http, string conversationId, string watermark)
    {
        using var response = await http.GetAsync($"v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = ParseJson(await response.Content.ReadAsStringAsync());
        return ([.. set["activities"]!.Cast<JObject>()], (string)set["watermark"]!);
    }

    private sealed record Turn(JObject Last, string Watermark);
}
