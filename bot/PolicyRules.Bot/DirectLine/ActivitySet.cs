using Newtonsoft.Json;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.DirectLine;

/// <summary>What a client receives from <c>GET …/activities</c> and over the stream.</summary>
internal sealed record ActivitySet(
    [property: JsonProperty("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonProperty("watermark")] string Watermark);
