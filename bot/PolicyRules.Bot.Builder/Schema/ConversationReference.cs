using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>Enough of an activity to address a reply into the same conversation.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class ConversationReference
{
    [JsonProperty("activityId")]
    public string? ActivityId { get; set; }

    [JsonProperty("user")]
    public ChannelAccount? User { get; set; }

    [JsonProperty("bot")]
    public ChannelAccount? Bot { get; set; }

    [JsonProperty("conversation")]
    public ConversationAccount? Conversation { get; set; }

    [JsonProperty("channelId")]
    public string? ChannelId { get; set; }

    [JsonProperty("locale")]
    public string? Locale { get; set; }

    [JsonProperty("serviceUrl")]
    public string? ServiceUrl { get; set; }
}
