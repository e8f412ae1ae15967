using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>A card or media file attached to a message.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class Attachment
{
    public Attachment()
    {
    }

    public Attachment(string? contentType, string? contentUrl = null, object? content = null, string? name = null)
    {
        ContentType = contentType;
        ContentUrl = contentUrl;
        Content = content;
        Name = name;
    }

    /// <summary>A MIME type, e.g. <c>application/vnd.microsoft.card.hero</c>.</summary>
    [JsonProperty("contentType")]
    public string? ContentType { get; set; }

    [JsonProperty("contentUrl")]
    public string? ContentUrl { get; set; }

    [JsonProperty("content")]
    public object? Content { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    [JsonProperty("thumbnailUrl")]
    public string? ThumbnailUrl { get; set; }
}
