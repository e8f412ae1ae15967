using System.Text.Json.Nodes;

namespace PolicyRules.Benchmarks.Load;

/// <summary>The bot's last word in a turn: the next question (its variable, type and buttons), or the result.</summary>
public sealed record BotReply(string? Question, string Type, IReadOnlyList<string> Buttons)
{
    public bool IsResult => Question is null;

    public static BotReply From(JsonNode activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var policy = activity["channelData"]?["policyRules"];
        var buttons = activity["suggestedActions"]?["actions"]?.AsArray().Select(a => (string?)a?["title"] ?? string.Empty).ToArray() ?? [];
        return new BotReply((string?)policy?["question"], (string?)policy?["type"] ?? string.Empty, buttons);
    }
}
