using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>One turn's copy of a state object, with the JSON it had when loaded or last saved.</summary>
internal sealed class CachedBotState
{
    private static readonly JsonSerializer Serializer = BotJson.CreateSerializer();

    public CachedBotState(JObject? stored)
    {
        ETag = stored?.Value<string>("eTag");
        foreach (var (name, value) in stored ?? [])
        {
            if (name != "eTag")
            {
                State[name] = value;
            }
        }

        Snapshot = ComputeSnapshot();
    }

    public Dictionary<string, object?> State { get; } = new(StringComparer.Ordinal);

    public string? ETag { get; set; }

    public string Snapshot { get; set; }

    /// <summary>The state was deleted in this turn; it must not be saved again before the turn ends.</summary>
    public bool IsDeleted { get; init; }

    public bool IsChanged() => !string.Equals(ComputeSnapshot(), Snapshot, StringComparison.Ordinal);

    public JObject ToJson()
    {
        var json = new JObject();
        foreach (var (name, value) in State)
        {
            json[name] = value is null ? JValue.CreateNull() : JToken.FromObject(value, Serializer);
        }

        return json;
    }

    public string ComputeSnapshot() => ToJson().ToString(Formatting.None);

    public static T? Convert<T>(object? value) => value switch
    {
        null => default,
        T typed => typed,
        JToken token => token.ToObject<T>(Serializer),
        _ => JToken.FromObject(value, Serializer).ToObject<T>(Serializer),
    };
}
