using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyRules.Bot.Testing.Simulation;

/// <summary>
/// A Direct Line 3.0 client as a simple channel is written: start a conversation, post a message, poll the activities
/// after the watermark until the bot shows a question or its result card.
/// </summary>
public sealed class DirectLineChat : IDisposable
{
    private const string User = "simulated_parent";
    private readonly HttpClient _http;
    private readonly string _conversation;
    private string _watermark = string.Empty;

    private DirectLineChat(HttpClient http, string conversation)
    {
        _http = http;
        _conversation = conversation;
    }

    public static async Task<DirectLineChat> StartAsync(BotServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var secret = server.CreateClient(BotServer.Secret);
        using var response = await secret.PostAsync("v3/directline/conversations", Json(new JsonObject { ["user"] = new JsonObject { ["id"] = User } }));
        response.EnsureSuccessStatusCode();
        var started = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new DirectLineChat(server.CreateClient((string)started["token"]!), (string)started["conversationId"]!);
    }

    /// <summary>Says <paramref name="text"/> and returns the bot's next question or card.</summary>
    public async Task<BotCard> SayAsync(string text, TimeSpan timeout)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "zh-CN",
            ["from"] = new JsonObject { ["id"] = User, ["role"] = "user" },
        };
        using var response = await _http.PostAsync($"v3/directline/conversations/{_conversation}/activities", Json(activity));
        response.EnsureSuccessStatusCode();
        return await ReadUntilCardAsync(timeout);
    }

    /// <summary>Polls until an activity of the bot carries <c>channelData.policyRules</c> or a menu (suggested actions).</summary>
    public async Task<BotCard> ReadUntilCardAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var query = _watermark.Length == 0 ? string.Empty : $"?watermark={Uri.EscapeDataString(_watermark)}";
            var page = JsonNode.Parse(await _http.GetStringAsync($"v3/directline/conversations/{_conversation}/activities{query}"))!;
            _watermark = (string?)page["watermark"] ?? _watermark;
            var cards = page["activities"]!.AsArray()
                .Where(a => (string?)a!["from"]?["id"] != User)
                .Select(a => BotCard.From(a!))
                .Where(c => c is not null)
                .ToArray();
            if (cards.Length > 0)
            {
                // After the result card the bot offers other areas as buttons: the card, not the offer, ends the turn.
                return cards.LastOrDefault(c => c!.Question is not null || c.Report is not null) ?? cards[^1]!;
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"The bot did not answer within {timeout.TotalSeconds} s.");
    }

    public void Dispose() => _http.Dispose();

    private static StringContent Json(JsonNode body) =>
        new(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}

/// <summary>What a bot activity asks or answers: a question's variable id, or the card's status per program.</summary>
public sealed record BotCard(string? Question, IReadOnlyDictionary<string, string>? Report)
{
    public static BotCard? From(JsonNode activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var policyRules = activity["channelData"]?["policyRules"];
        if (policyRules?["report"]?["programs"] is JsonArray programs)
        {
            return new BotCard(null, programs.ToDictionary(p => (string)p!["id"]!, p => (string)p!["status"]!, StringComparer.Ordinal));
        }

        if ((string?)policyRules?["question"] is { } question)
        {
            return new BotCard(question, null);
        }

        // The menu (a message with suggested actions and no question): the conversation waits for a topic.
        return activity["suggestedActions"] is not null ? new BotCard(null, null) : null;
    }
}
