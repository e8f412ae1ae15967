using System.Globalization;
using System.Text.Json;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening;

/// <summary>
/// An evaluation request as JSON: <c>{ "date", "locale", "facts": { id: value } }</c>, the body of
/// <c>policyrules evaluate</c> and of <c>POST /api/evaluate</c>.
/// </summary>
public sealed record CaseFile(DateOnly? Date, string? Locale, IReadOnlyDictionary<string, JsonElement> Facts)
{
    /// <summary>Reads the case's shape; a <see cref="JsonException"/> says what is wrong with it.</summary>
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

        string? locale = null;
        if (root.TryGetProperty("locale", out var localeValue))
        {
            locale = localeValue.ValueKind == JsonValueKind.String
                ? localeValue.GetString()
                : throw new JsonException("\"locale\" must be a string, \"zh-CN\" or \"en\".");
        }

        if (!root.TryGetProperty("facts", out var facts) || facts.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("\"facts\" must be an object of variable ids and values.");
        }

        var values = new Dictionary<string, JsonElement>();
        foreach (var fact in facts.EnumerateObject())
        {
            if (!values.TryAdd(fact.Name, fact.Value.Clone()))
            {
                throw new JsonException($"\"{fact.Name}\" appears more than once in \"facts\"; give each variable one value.");
            }
        }

        return new CaseFile(date, locale, values);
    }

    /// <summary>The facts checked against the variables as of <paramref name="date"/>; throws <see cref="InvalidInputException"/>.</summary>
    public EvaluationRequest ToRequest(VariableRegistry variables, DateOnly date, string locale) =>
        new(date, locale, new AnswerReader(variables).Read(Facts, date));
}
