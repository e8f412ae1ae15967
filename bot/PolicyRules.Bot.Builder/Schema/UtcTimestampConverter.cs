using System.Globalization;
using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>
/// Writes <c>timestamp</c> as UTC ISO-8601 with a trailing <c>Z</c>, as channels do,
/// and reads any ISO-8601 form.
/// </summary>
internal sealed class UtcTimestampConverter : JsonConverter
{
    public override bool CanConvert(Type objectType) =>
        objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        return reader.TokenType switch
        {
            JsonToken.Null => null,
            JsonToken.Date when reader.Value is DateTimeOffset offset => offset,
            JsonToken.Date when reader.Value is DateTime dateTime => new DateTimeOffset(dateTime.ToUniversalTime()),
            JsonToken.String when DateTimeOffset.TryParse((string)reader.Value!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) => parsed,
            // A JsonSerializationException, like every other mistake in an activity's JSON, so that the channel answers 400.
            _ => throw new JsonSerializationException($"Expected an ISO-8601 timestamp but found {reader.TokenType} at '{reader.Path}'."),
        };
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not DateTimeOffset timestamp)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteValue(timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }
}
