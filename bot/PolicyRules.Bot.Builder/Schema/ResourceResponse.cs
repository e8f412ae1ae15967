using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The id the channel assigned to a sent activity.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class ResourceResponse
{
    public ResourceResponse()
    {
    }

    public ResourceResponse(string? id)
    {
        Id = id;
    }

    [JsonProperty("id")]
    public string? Id { get; set; }
}
