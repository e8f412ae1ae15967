using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyRules.Benchmarks.Load;

/// <summary>
/// One person's chat page, doing on the wire what Web Chat does: starts a Direct Line conversation, opens its WebSocket
/// stream, posts each message to <c>…/activities</c> and reads the bot's replies from the stream. A turn lasts from the
/// moment the message is posted to the moment the bot's question (or result) for it arrives on the socket.
/// </summary>
public sealed class WebChatClient : IAsyncDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly string _userId;
    private readonly Lock _lock = new();
    private TaskCompletionSource<BotReply>? _waiting;
    private Func<JsonNode, bool>? _ends;
    private Task? _receiving;
    private string _conversationId = string.Empty;
    private string _token = string.Empty;

    public WebChatClient(HttpClient http, string userId)
    {
        _http = http;
        _userId = userId;
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    /// <summary>Starts the conversation with the secret and opens its stream; completes when the bot's menu has arrived.</summary>
    public async Task StartAsync(string secret, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = Json(new JsonObject { ["user"] = new JsonObject { ["id"] = _userId }, ["locale"] = "zh-CN" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var started = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))!;
        _conversationId = (string)started["conversationId"]!;
        _token = (string)started["token"]!;

        // The greeting ends with the menu of areas, offered as buttons.
        var greeted = Expect(activity => activity["suggestedActions"] is not null);
        await _socket.ConnectAsync(new Uri((string)started["streamUrl"]!), cancellationToken).ConfigureAwait(false);
        _receiving = ReceiveAsync();
        await greeted.WaitAsync(ReplyTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts <paramref name="text"/> and waits for the bot's question or result; returns it with the turn's duration.</summary>
    public async Task<(BotReply Reply, TimeSpan Latency)> SayAsync(string text, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var replied = Expect(activity => activity["replyToId"] is not null && activity["channelData"]?["policyRules"] is JsonObject policy
            && (policy["question"] is not null || policy["report"] is not null));
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "zh-CN",
            ["from"] = new JsonObject { ["id"] = _userId, ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{_conversationId}/activities") { Content = Json(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using (var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false))
        {
            response.EnsureSuccessStatusCode();
        }

        var reply = await replied.WaitAsync(ReplyTimeout, cancellationToken).ConfigureAwait(false);
        return (reply, clock.Elapsed);
    }

    /// <summary>Closes the page: the socket goes, the conversation stays stored.</summary>
    public async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "page closed", CancellationToken.None).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
            }
        }

        if (_receiving is not null)
        {
            await _receiving.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        _socket.Dispose();
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private Task<BotReply> Expect(Func<JsonNode, bool> ends)
    {
        lock (_lock)
        {
            _waiting = new TaskCompletionSource<BotReply>(TaskCreationOptions.RunContinuationsAsynchronously);
            _ends = ends;
            return _waiting.Task;
        }
    }

    private async Task ReceiveAsync()
    {
        // Small, since thousands of these wait at once; a longer frame (a result card) is gathered only while it arrives.
        var buffer = new byte[4096];
        MemoryStream? longFrame = null;
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                if (result.EndOfMessage && longFrame is null)
                {
                    Read(buffer.AsSpan(0, result.Count));
                    continue;
                }

                longFrame ??= new MemoryStream();
                longFrame.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    Read(longFrame.GetBuffer().AsSpan(0, (int)longFrame.Length));
                    longFrame = null;
                }
            }
        }
        catch (WebSocketException)
        {
        }

        lock (_lock)
        {
            _waiting?.TrySetException(new InvalidOperationException("The stream closed before the bot replied."));
        }
    }

    private void Read(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty || JsonNode.Parse(json) is not JsonObject set || set["activities"] is not JsonArray activities)
        {
            return;
        }

        foreach (var activity in activities.OfType<JsonObject>())
        {
            if ((string?)activity["from"]?["role"] != "bot" || (string?)activity["type"] != "message")
            {
                continue;
            }

            lock (_lock)
            {
                if (_ends?.Invoke(activity) == true)
                {
                    _ends = null;
                    _waiting!.TrySetResult(BotReply.From(activity));
                }
            }
        }
    }
}
