using System.Text.Json;
using PolicyRules.Screening;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// The body of <c>POST /api/notice</c>: a case file (<see cref="CaseFile"/>) with the programs the notice is about and the
/// documents already received: <c>{ "date", "locale", "facts", "programs": [id…], "received": [document id…] }</c>.
/// </summary>
internal sealed record NoticeRequest(CaseFile Case, IReadOnlyList<string> Programs, IReadOnlySet<string> Received)
{
    /// <summary>
    /// Reads the request: what is wrong with its case is an <see cref="Screening.Variables.InvalidInputException"/>
    /// (see <see cref="CaseFile.Parse"/>), with its programs or received documents a <see cref="JsonException"/>.
    /// </summary>
    public static NoticeRequest Parse(string json)
    {
        var file = CaseFile.Parse(json, "programs", "received");
        using var document = JsonDocument.Parse(json);
        var programs = Strings(document.RootElement, "programs");
        if (programs.Count == 0)
        {
            throw new JsonException("\"programs\" must list the ids of the programs the notice is about, e.g. [\"school-enrolment.primary.non-beijing\"].");
        }

        return new NoticeRequest(file, programs, Strings(document.RootElement, "received").ToHashSet(StringComparer.Ordinal));
    }

    private static List<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new JsonException($"\"{name}\" must be an array of strings.");
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!).Distinct(StringComparer.Ordinal)];
    }
}
