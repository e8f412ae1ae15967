using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>A client that goes away in the middle of sending (a phone losing its signal) is not an error of ours.</summary>
public sealed class ClientDisconnectTests : IAsyncLifetime
{
    private readonly BotServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Theory]
    [InlineData("/v3/directline/conversations/{0}/activities", """{"type":"message","text":"我的电话是13912345678，孩子""")]
    [InlineData("/api/evaluate", """{"date":"2017-05-10","facts":{"child.name":"张""")]
    public async Task Client_DisconnectingHalfwayThroughThePost_IsLoggedAsOneCalmLineWithoutItsWords(string path, string half)
    {
        // Arrange
        using var client = await DirectLineTestClient.StartAsync(_server);
        var target = string.Format(System.Globalization.CultureInfo.InvariantCulture, path, client.ConversationId);
        var body = Encoding.UTF8.GetBytes(half);

        // Act: the headers promise more than is sent, then the connection closes.
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(_server.BaseAddress.Host, _server.BaseAddress.Port);
            var stream = socket.GetStream();
            var head = $"POST {target} HTTP/1.1\r\nHost: {_server.BaseAddress.Authority}\r\nAuthorization: Bearer {client.Token}\r\n"
                + $"Content-Type: application/json\r\nContent-Length: {body.Length + 1000}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body);
            await stream.FlushAsync();
            await Task.Delay(200);
        }

        await WaitForAsync(() => _server.Logs.Entries.Where(e => e.Message.StartsWith("Request finished", StringComparison.Ordinal) && e.Message.Contains(target, StringComparison.Ordinal)).ToList());
        var logged = _server.Logs.Entries.Where(e => !e.Category.StartsWith("Microsoft.", StringComparison.Ordinal)).ToList();

        // Assert
        var entry = Assert.Single(logged);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Matches($"^(The client closed the connection during|Could not read) POST {target} ", entry.Message);
        Assert.Null(entry.Exception);
        Assert.DoesNotContain(Environment.NewLine, entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(_server.Logs.Entries, e => e.Text.Contains("13912345678", StringComparison.Ordinal) || e.Text.Contains("张", StringComparison.Ordinal));
    }

    private static async Task<List<LogEntry>> WaitForAsync(Func<List<LogEntry>> read)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (read() is { Count: > 0 } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return read();
    }
}
