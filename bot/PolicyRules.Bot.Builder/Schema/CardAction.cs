using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>A clickable action: a suggested-action button or a card button.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class CardAction
{
    public CardAction()
    {
    }

    public CardAction(string? type = null, string? title = null, string? image = null, string? text = null, string? displayText = null, object? value = null)
    {
        Type = type;
        Title = title;
        Image = image;
        Text = text;
        DisplayText = displayText;
        Value = value;
    }

    /// <summary>See <see cref="ActionTypes"/>: <c>imBack</c>, <c>postBack</c>, <c>messageBack</c>, …</summary>
    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("title")]
    public string? Title { get; set; }

    [JsonProperty("image")]
    public string? Image { get; set; }

    [JsonProperty("text")]
    public string? Text { get; set; }

    [JsonProperty("displayText")]
    public string? DisplayText { get; set; }

    [JsonProperty("value")]
    public object? Value { get; set; }

    [JsonProperty("channelData")]
    public object? ChannelData { get; set; }
}
