using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>
/// The Newtonsoft.Json settings used for activities on the wire: nulls omitted, date-like strings
/// inside <c>channelData</c> or <c>value</c> left as strings so that they round-trip unchanged, and
/// Newtonsoft's own metadata (<c>$type</c>, <c>$ref</c>) not read.
/// </summary>
public static class BotJson
{
    /// <summary>Fresh settings; callers may change their copy.</summary>
    public static JsonSerializerSettings CreateSettings() => new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,

        // "$type", "$id" and "$ref" from a client are ordinary fields, never instructions ({"$type":[1]} threw a NullReferenceException).
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        Formatting = Formatting.None,
    };

    public static JsonSerializer CreateSerializer() => JsonSerializer.Create(CreateSettings());

    public static string Serialize(object? value, Formatting formatting = Formatting.None) =>
        JsonConvert.SerializeObject(value, formatting, CreateSettings());

    public static T? Deserialize<T>(string json) => JsonConvert.DeserializeObject<T>(json, CreateSettings());

    /// <summary>Parses JSON without turning date-like strings into dates.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
