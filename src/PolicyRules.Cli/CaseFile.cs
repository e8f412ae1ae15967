using System.Globalization;
using System.Text.Json;

namespace PolicyRules.Cli;

/// <summary>An evaluation request as a file: <c>{ "date", "locale", "facts": { id: value } }</c>.</summary>
internal sealed record CaseFile(DateOnly? Date, string? Locale, IReadOnlyDictionary<string, JsonElement> Facts)
{
    public static CaseFile Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("the top level must be an object with \"facts\".");
        }

        DateOnly? date = null;
        if (root.TryGetProperty("date", out var dateValue))
        {
            date = dateValue.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(dateValue.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new JsonException("\"date\" must be a yyyy-MM-dd string, e.g. \"2017-05-10\".");
        }

        var locale = root.TryGetProperty("locale", out var localeValue) ? localeValue.GetString() : null;
        if (!root.TryGetProperty("facts", out var facts) || facts.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("\"facts\" must be an object of variable ids and values.");
        }

        return new CaseFile(date, locale, facts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));
    }
}
