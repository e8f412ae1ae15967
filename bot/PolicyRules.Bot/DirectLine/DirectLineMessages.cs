using Newtonsoft.Json;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.DirectLine;

/// <summary>The optional body of <c>POST /tokens/generate</c> and <c>POST /conversations</c>.</summary>
internal sealed class ConversationStartRequest
{
    [JsonProperty("user")]
    public ChannelAccount? User { get; set; }

    [JsonProperty("locale")]
    public string? Locale { get; set; }
}

/// <summary>What token and conversation calls return.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record ConversationResponse(
    [property: JsonProperty("conversationId")] string ConversationId,
    [property: JsonProperty("token")] string Token,
    [property: JsonProperty("expires_in")] int ExpiresIn,
    [property: JsonProperty("streamUrl")] string? StreamUrl = null);
