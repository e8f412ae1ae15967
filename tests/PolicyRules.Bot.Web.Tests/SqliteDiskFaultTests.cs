using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// The SQLite file's disk filling up under a running host (a small file system of the host's own, see
/// <see cref="BotProcess"/>), or the host started on a read-only data directory: the person is told plainly that the
/// answer cannot be saved, the client gets a 503 it retries, nothing is logged as a crash, and the file holds every
/// message that was acknowledged, undamaged.
/// </summary>
public sealed class SqliteDiskFaultTests : IDisposable
{
    private const string Secret = "disk-fault-secret";
    private const string DatabaseFile = "policyrules-bot.db";
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("policyrules-disk-").FullName;
    private readonly string _copies = Directory.CreateTempSubdirectory("policyrules-disk-copy-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
        Directory.Delete(_copies, recursive: true);
    }

    [Fact]
    public async Task The_disk_filling_up_mid_conversation_is_a_plain_message_and_damages_nothing()
    {
        using var bot = await BotProcess.StartAsync(_dataDirectory, Secret, disk: DataDisk.Small(768));
        using var http = Client(bot.BaseAddress, Secret);
        using var started = await http.PostAsync("v3/directline/conversations", DirectLineTestClient.Json("""{"locale":"zh-CN"}"""));
        var conversation = ParseJson(await started.Content.ReadAsStringAsync());
        var conversationId = (string)conversation["conversationId"]!;
        using var person = Client(bot.BaseAddress, (string)conversation["token"]!);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);
        await DirectLineTestClient.ReceiveUntilAsync(socket, a => a["suggestedActions"] is not null);

        var acknowledged = new List<string>();
        (HttpStatusCode Status, JObject? Body) refused = (HttpStatusCode.OK, null);
        for (var turn = 0; turn < 200 && refused.Body is null; turn++)
        {
            var (status, body) = await SayAsync(person, conversationId, turn == 0 ? "孩子今年上小学" : "为什么问这个");
            if (status == HttpStatusCode.OK)
            {
                acknowledged.Add((string)body["id"]!);
                await DirectLineTestClient.ReceiveUntilAsync(socket, a => (string?)a["replyToId"] == (string)body["id"]! || IsCannotSave(a));
            }
            else
            {
                refused = (status, body);
            }
        }

        var told = await DirectLineTestClient.ReceiveUntilAsync(socket, IsCannotSave);
        bot.CopyDataFile(DatabaseFile, Path.Combine(_copies, DatabaseFile));
        bot.CopyDataFile(DatabaseFile + "-wal", Path.Combine(_copies, DatabaseFile + "-wal"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal("ServiceUnavailable", (string?)refused.Body?["error"]?["code"]);
        Assert.Equal("bot", (string?)told[^1]["from"]?["role"]);
        Assert.NotEmpty(acknowledged);
        Assert.DoesNotContain(bot.Output, line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        using var copy = new SqliteConnection($"Data Source={Path.Combine(_copies, DatabaseFile)}");
        copy.Open();
        Assert.Equal("ok", Scalar(copy, "PRAGMA integrity_check;"));
        var stored = acknowledged.Where(id => Scalar(copy, $"SELECT count(*) FROM transcript_activities WHERE json LIKE '%\"id\":\"{id}\"%';") is 1L).ToList();
        Assert.Equal(acknowledged, stored);
    }

    [Fact]
    public async Task A_read_only_data_directory_is_a_plain_error_and_the_file_is_left_as_it_was()
    {
        string conversationId;
        string token;
        using (var first = await BotProcess.StartAsync(_dataDirectory, Secret))
        {
            using var http = Client(first.BaseAddress, Secret);
            using var started = await http.PostAsync("v3/directline/conversations", DirectLineTestClient.Json("""{"locale":"zh-CN"}"""));
            var conversation = ParseJson(await started.Content.ReadAsStringAsync());
            (conversationId, token) = ((string)conversation["conversationId"]!, (string)conversation["token"]!);
            using var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri((string)conversation["streamUrl"]!), CancellationToken.None);
            await DirectLineTestClient.ReceiveUntilAsync(socket, a => a["suggestedActions"] is not null);
            using var person = Client(first.BaseAddress, token);
            var (said, body) = await SayAsync(person, conversationId, "孩子今年上小学");
            Assert.Equal(HttpStatusCode.OK, said);
            await DirectLineTestClient.ReceiveUntilAsync(socket, a => (string?)a["replyToId"] == (string?)body["id"]);
            first.KillHard();
        }

        var file = Path.Combine(_dataDirectory, DatabaseFile);
        var stored = File.ReadAllBytes(file);
        using var bot = await BotProcess.StartAsync(_dataDirectory, Secret, disk: DataDisk.ReadOnlyDirectory);
        using var client = Client(bot.BaseAddress, token);
        var (status, refused) = await SayAsync(client, conversationId, "上小学一年级");
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("ServiceUnavailable", (string?)refused["error"]?["code"]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(bot.Output, line => line.Contains("SQLite storage cannot be written right now", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Output, line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        bot.KillHard();
        Assert.Equal(stored, File.ReadAllBytes(file));
        using var copy = new SqliteConnection($"Data Source={file}");
        copy.Open();
        Assert.Equal("ok", Scalar(copy, "PRAGMA integrity_check;"));
    }

    private static bool IsCannotSave(JObject activity) => ((string?)activity["text"])?.Contains("暂时无法保存", StringComparison.Ordinal) == true;

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static async Task<(HttpStatusCode Status, JObject Body)> SayAsync(HttpClient http, string conversationId, string text)
    {
        var activity = new JObject { ["type"] = "message", ["text"] = text, ["locale"] = "zh-CN", ["from"] = new JObject { ["id"] = "dl_disk" } };
        using var response = await http.PostAsync($"v3/directline/conversations/{conversationId}/activities", DirectLineTestClient.Json(activity.ToString()));
        return (response.StatusCode, ParseJson(await response.Content.ReadAsStringAsync()));
    }

    private static HttpClient Client(Uri baseAddress, string bearer)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http;
    }
}
