using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>Metadata attached to an activity (mentions, places, <c>ClientCapabilities</c>, …).</summary>
public sealed class Entity
{
    public Entity()
    {
    }

    public Entity(string? type)
    {
        Type = type;
    }

    [JsonProperty("type", NullValueHandling = NullValueHandling.Ignore)]
    public string? Type { get; set; }

    /// <summary>Every other field of the entity, kept as JSON.</summary>
    [JsonExtensionData]
    public JObject Properties { get; set; } = [];
}
