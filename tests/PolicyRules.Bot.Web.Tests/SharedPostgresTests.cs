using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Npgsql;
using PolicyRules.Bot.DirectLine;
using PolicyRules.Testing;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>Two bot instances on one real PostgreSQL database serve the same conversations.</summary>
public sealed class SharedPostgresTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private readonly string _database = $"policyrules_web_{Guid.NewGuid():N}";
    private BotServer _first = null!;
    private BotServer _second = null!;

    public async Task InitializeAsync()
    {
        await postgres.ExecuteAsync($"CREATE DATABASE {_database};");
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = _database }.ConnectionString;
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:PostgresConnectionString"] = connectionString };
        _first = new BotServer(settings);
        _second = new BotServer(settings);
        await _first.InitializeAsync();
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await postgres.ExecuteAsync($"DROP DATABASE {_database} WITH (FORCE);");
    }

    [Fact]
    public async Task A_channel_conversation_moves_between_instances_without_losing_an_answer()
    {
        using var first = _first.CreateClient();
        using var second = _second.CreateClient();

        Assert.Equal("child.stage", await NextQuestionAsync(first, "想问孩子上学的事"));
        Assert.Equal("child.hukou", await NextQuestionAsync(second, "上小学一年级"));
        Assert.Equal("child.birthDate", await NextQuestionAsync(first, "门头沟区"));
    }

    [Fact]
    public async Task A_Direct_Line_message_posted_to_one_instance_is_read_from_the_other()
    {
        using var starter = _first.CreateClient(BotServer.Secret);
        using var started = await starter.PostAsync("v3/directline/conversations", DirectLineTestClient.Json("{}"));
        var conversation = ParseJson(await started.Content.ReadAsStringAsync());
        var conversationId = (string)conversation["conversationId"]!;
        var token = (string)conversation["token"]!;
        await _first.Services.GetRequiredService<DirectLineTurns>().WhenIdleAsync(conversationId);

        using var poster = _second.CreateClient(token);
        using var posted = await poster.PostAsync(
            $"v3/directline/conversations/{conversationId}/activities",
            DirectLineTestClient.Json("""{"type":"message","text":"想问孩子上学的事","from":{"id":"dl_shared"},"channelData":{"clientActivityID":"shared-1"}}"""));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (string)ParseJson(await posted.Content.ReadAsStringAsync())["id"]!;
        await _second.Services.GetRequiredService<DirectLineTurns>().WhenIdleAsync(conversationId);

        using var reader = _first.CreateClient(token);
        var activities = ParseJson(await reader.GetStringAsync($"v3/directline/conversations/{conversationId}/activities"))["activities"]!.Cast<JObject>().ToList();
        Assert.Contains(activities, a => (string?)a["id"] == id && (string?)a["channelData"]?["clientActivityID"] == "shared-1");
        Assert.Contains(activities, a => (string?)a["replyToId"] == id && (string?)a["channelData"]?["policyRules"]?["question"] == "child.stage");
    }

    [Fact]
    public async Task A_WebSocket_on_one_instance_receives_what_is_posted_to_the_other()
    {
        using var starter = _first.CreateClient(BotServer.Secret);
        using var started = await starter.PostAsync("v3/directline/conversations", DirectLineTestClient.Json("{}"));
        var conversation = ParseJson(await started.Content.ReadAsStringAsync());
        var conversationId = (string)conversation["conversationId"]!;
        var token = (string)conversation["token"]!;
        var onSecond = new UriBuilder((string)conversation["streamUrl"]!) { Port = _second.BaseAddress.Port }.Uri;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(onSecond, CancellationToken.None);
        var greeting = await DirectLineTestClient.ReceiveUntilAsync(socket, a => a["suggestedActions"] is not null);

        using var poster = _first.CreateClient(token);
        using var posted = await poster.PostAsync(
            $"v3/directline/conversations/{conversationId}/activities",
            DirectLineTestClient.Json("""{"type":"message","text":"想问孩子上学的事","from":{"id":"dl_shared"},"channelData":{"clientActivityID":"across-1"}}"""));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (string)ParseJson(await posted.Content.ReadAsStringAsync())["id"]!;
        var answered = await DirectLineTestClient.ReceiveUntilAsync(socket, a => (string?)a["channelData"]?["policyRules"]?["question"] == "child.stage");

        Assert.Contains(greeting, a => (string?)a["from"]?["role"] == "bot");
        Assert.Contains(answered, a => (string?)a["id"] == id && (string?)a["channelData"]?["clientActivityID"] == "across-1");
        Assert.Contains(answered, a => (string?)a["replyToId"] == id);
        var all = greeting.Concat(answered).Select(a => (string)a["id"]!).ToList();
        Assert.Equal(all.Distinct().Count(), all.Count);
    }

    private static async Task<string?> NextQuestionAsync(HttpClient http, string text)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["channelId"] = "msteams",
            ["deliveryMode"] = "expectReplies",
            ["text"] = text,
            ["locale"] = "zh-CN",
            ["from"] = new JObject { ["id"] = "channel-user-shared" },
            ["conversation"] = new JObject { ["id"] = "channel-conversation-shared" },
        };
        using var response = await http.PostAsync("api/messages", DirectLineTestClient.Json(activity.ToString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = ParseJson(await response.Content.ReadAsStringAsync())["activities"]!;
        return (string?)replies.Last!["channelData"]?["policyRules"]?["question"];
    }
}
