using static PolicyRules.Bot.Web.Tests.WireJson;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.DirectLine;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>A Direct Line client as a test drives it: raw HTTP, JSON as the wire carries it.</summary>
public sealed class DirectLineTestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly BotServer _server;

    private DirectLineTestClient(BotServer server, HttpClient http, string conversationId, string token, string streamUrl)
    {
        _server = server;
        _http = http;
        ConversationId = conversationId;
        Token = token;
        StreamUrl = streamUrl;
    }

    public string ConversationId { get; }

    public string Token { get; }

    public string StreamUrl { get; }

    public string Watermark { get; private set; } = string.Empty;

    /// <summary>Starts a conversation with the secret, as a server-side client would.</summary>
    public static async Task<DirectLineTestClient> StartAsync(BotServer server, string? locale = null)
    {
        using var secretClient = server.CreateClient(BotServer.Secret);
        var body = locale is null ? "{}" : new JObject { ["locale"] = locale, ["user"] = new JObject { ["id"] = "dl_tester" } }.ToString();
        using var response = await secretClient.PostAsync("v3/directline/conversations", Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = ParseJson(await response.Content.ReadAsStringAsync());
        var token = (string)started["token"]!;
        return new DirectLineTestClient(server, server.CreateClient(token), (string)started["conversationId"]!, token, (string)started["streamUrl"]!);
    }

    public static StringContent Json(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public async Task<string> SendAsync(string text, string? clientActivityId = null, string locale = "zh-CN")
    {
        var (status, body) = await TrySendAsync(text, clientActivityId, locale);
        Assert.Equal(HttpStatusCode.OK, status);
        return (string)body!["id"]!;
    }

    /// <summary>Posts a message and returns the status and body, whatever they are.</summary>
    public async Task<(HttpStatusCode Status, JObject? Body)> TrySendAsync(string text, string? clientActivityId = null, string locale = "zh-CN")
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = locale,
            ["from"] = new JObject { ["id"] = "dl_tester", ["role"] = "user" },
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        };
        using var response = await _http.PostAsync($"v3/directline/conversations/{ConversationId}/activities", Json(activity.ToString()));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrEmpty(body) ? null : ParseJson(body));
    }

    public async Task<(HttpStatusCode Status, JObject? Body)> GetActivitiesAsync(string? watermark)
    {
        var query = string.IsNullOrEmpty(watermark) ? string.Empty : $"?watermark={Uri.EscapeDataString(watermark)}";
        using var response = await _http.GetAsync($"v3/directline/conversations/{ConversationId}/activities{query}");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? ParseJson(text) : null);
    }

    /// <summary>Sends <paramref name="text"/>, waits until the bot has finished its turn, and returns what is new.</summary>
    public async Task<List<JObject>> SayAsync(string text)
    {
        await SendAsync(text);
        return await ReadNewAsync();
    }

    /// <summary>Waits until the bot's queued turns have run, then reads the activities after the last watermark.</summary>
    public async Task<List<JObject>> ReadNewAsync()
    {
        await _server.Services.GetRequiredService<DirectLineTurns>().WhenIdleAsync(ConversationId);
        var (status, body) = await GetActivitiesAsync(Watermark);
        Assert.Equal(HttpStatusCode.OK, status);
        Watermark = (string)body!["watermark"]!;
        return [.. body["activities"]!.Cast<JObject>()];
    }

    /// <summary>The next non-empty <c>ActivitySet</c> frame on the stream (keep-alive frames are skipped); fails after 15 s.</summary>
    public static async Task<JObject> ReceiveSetAsync(ClientWebSocket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                var text = Encoding.UTF8.GetString(message.ToArray());
                if (text.Length > 0)
                {
                    return ParseJson(text);
                }

                message.SetLength(0);
            }
        }
    }

    /// <summary>Reads stream frames until an activity matches; returns every activity read, in order.</summary>
    public static async Task<List<JObject>> ReceiveUntilAsync(ClientWebSocket socket, Func<JObject, bool> last)
    {
        var read = new List<JObject>();
        while (!read.Any(last))
        {
            read.AddRange((await ReceiveSetAsync(socket))["activities"]!.Cast<JObject>());
        }

        return read;
    }

    public void Dispose() => _http.Dispose();
}
