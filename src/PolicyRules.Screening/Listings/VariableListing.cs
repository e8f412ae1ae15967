using PolicyRules.Rules;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Listings;

/// <summary>
/// One variable as <c>policyrules variables</c> and <c>GET /api/variables</c> list it, texts in one locale. <see cref="Label"/>
/// names the question in a few words (a form's field); <see cref="Order"/> is its place in the catalogue, the order of the
/// paper form, which the interview falls back on when two questions matter equally.
/// </summary>
public sealed record VariableListing(
    string Id,
    string Area,
    string Type,
    string Question,
    string Label,
    int Order,
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
            .Select((variable, order) => (Variable: variable, Order: order))
            .Where(x => program is null || x.Variable.Programs.Contains(program))
            .OrderBy(x => x.Variable.Id, StringComparer.Ordinal)
            .Select(x => new VariableListing(
                x.Variable.Id,
                x.Variable.Area,
                x.Variable.TypeName,
                x.Variable.Question(locale, date),
                x.Variable.Label(locale, date),
                x.Order,
                x.Variable.Why(locale, date, area),
                x.Variable.Kind == VariableKind.Choice ? x.Variable.Choices.Select(c => new ChoiceListing(c.Value, c.Label.In(locale))).ToArray() : null,
                x.Variable.Minimum,
                x.Variable.Maximum,
                x.Variable.Unit,
                x.Variable.Programs))
            .ToArray();
    }
}

public sealed record ChoiceListing(string Value, string Label);
