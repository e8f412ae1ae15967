using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using Npgsql;
using PolicyRules.Testing;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// PostgreSQL stopped in the middle of a conversation: the person is told plainly that the answer cannot be saved right
/// now, nothing is half-stored, and once the database is back the same conversation carries on from where it was.
/// The server is this class's own, since it is stopped and started.
/// </summary>
public sealed class StorageOutageTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Timeout = 5, CommandTimeout = 5 }.ConnectionString;
        _server = new BotServer(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:PostgresConnectionString"] = connectionString });
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
    }

    [Fact]
    public async Task PostgreSQL_stopped_mid_conversation_the_person_is_told_and_the_conversation_carries_on_when_it_returns()
    {
        using var client = await DirectLineTestClient.StartAsync(_server);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(client.StreamUrl), CancellationToken.None);
        await DirectLineTestClient.ReceiveUntilAsync(socket, a => a["suggestedActions"] is not null);
        await client.SendAsync("想问孩子上学的事");
        await DirectLineTestClient.ReceiveUntilAsync(socket, a => (string?)a["channelData"]?["policyRules"]?["question"] == "child.stage");

        postgres.Stop();
        HttpStatusCode refused;
        JObject told;
        try
        {
            (refused, _) = await client.TrySendAsync("上小学一年级");
            told = (await DirectLineTestClient.ReceiveUntilAsync(socket, a => ((string?)a["text"])?.Contains("暂时无法保存", StringComparison.Ordinal) == true))[^1];
        }
        finally
        {
            postgres.Start();
        }

        var (status, _) = await RetryWhileUnavailableAsync(() => client.TrySendAsync("上小学一年级"));
        var next = await DirectLineTestClient.ReceiveUntilAsync(socket, a => (string?)a["channelData"]?["policyRules"]?["question"] is "child.hukou");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused);
        Assert.Equal("bot", (string?)told["from"]?["role"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(next, a => (string?)a["text"] == "上小学一年级");
        var (_, stored) = await client.GetActivitiesAsync(null);
        var said = stored!["activities"]!.Where(a => (string?)a["from"]?["role"] == "user").Select(a => (string?)a["text"]).ToList();
        Assert.Equal(["想问孩子上学的事", "上小学一年级"], said);
        Assert.DoesNotContain(_server.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains(_server.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("PostgreSQL database cannot be reached", StringComparison.Ordinal));
    }

    /// <summary>As a client retries a 503 (pooled connections to the stopped server are found broken one use at a time).</summary>
    private static async Task<(HttpStatusCode Status, JObject? Body)> RetryWhileUnavailableAsync(Func<Task<(HttpStatusCode Status, JObject? Body)>> post)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await post();
            if (result.Status != HttpStatusCode.ServiceUnavailable || attempt == 10)
            {
                return result;
            }

            await Task.Delay(500);
        }
    }
}
