using PolicyRules.Rules;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Listings;

/// <summary>One variable as <c>policyrules variables</c> and <c>GET /api/variables</c> list it, texts in one locale.</summary>
public sealed record VariableListing(
    string Id,
    string Area,
    string Type,
    string Question,
    string Why,
    IReadOnlyList<ChoiceListing>? Choices,
    decimal? Minimum,
    decimal? Maximum,
    string? Unit,
    IReadOnlyList<string> Programs)
{
    /// <summary>
    /// Every variable, or those <paramref name="program"/> reads, by id; texts rendered as of <paramref name="date"/>.
    /// Throws <see cref="InvalidInputException"/> for a program that does not exist.
    /// </summary>
    internal static IReadOnlyList<VariableListing> All(PolicyLibrary library, VariableRegistry variables, string locale, DateOnly date, string? program = null)
    {
        if (program is not null && !ProgramListing.Exists(library, program))
        {
            throw new InvalidInputException([ProgramListing.Unknown(program)]);
        }

        // Listed for a program, a shared question gives that program's area's reason for asking it.
        var area = program is null ? null : library.Catalogs.First(c => c.Programs.Any(p => p.Id == program)).Area;
        return variables.All
            .Where(v => program is null || v.Programs.Contains(program))
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .Select(v => new VariableListing(
                v.Id,
                v.Area,
                v.TypeName,
                v.Question(locale, date),
                v.Why(locale, date, area),
                v.Kind == VariableKind.Choice ? v.Choices.Select(c => new ChoiceListing(c.Value, c.Label.In(locale))).ToArray() : null,
                v.Minimum,
                v.Maximum,
                v.Unit,
                v.Programs))
            .ToArray();
    }
}

public sealed record ChoiceListing(string Value, string Label);
