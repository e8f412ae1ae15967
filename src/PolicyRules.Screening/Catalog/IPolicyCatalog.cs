using PolicyRules.Screening.Listings;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Catalog;

/// <summary>
/// What a host needs to know of the encoded policies besides a report: the areas (the bot's topics),
/// their programs, offices and variables with their questions, and the date an area is evaluated at.
/// The conversation, the REST API and the CLI receive it by injection; a test can mock it.
/// </summary>
public interface IPolicyCatalog
{
    /// <summary>The policy areas, each a topic of the conversation.</summary>
    IReadOnlyList<AreaSummary> Areas { get; }

    VariableRegistry Variables { get; }

    /// <summary>
    /// The date to evaluate an area as of: today when its rules are in force today; otherwise the
    /// start of its most recent window (the encoded policies are past rounds, and the bot says so).
    /// </summary>
    DateOnly DateFor(string area, DateOnly today);

    IReadOnlyList<ProgramListing> Programs(string locale);

    /// <summary>Every variable, or those <paramref name="program"/> reads; throws <see cref="InvalidInputException"/> for an unknown program.</summary>
    IReadOnlyList<VariableListing> VariableListings(string locale, DateOnly date, string? program = null);

    /// <summary>The clauses of the rules that read a variable (document and clause), each once.</summary>
    IReadOnlyList<string> ClausesReading(string variableId);

    /// <summary>The offices of one area, or of all, with the phone numbers the texts give.</summary>
    IReadOnlyList<OfficeListing> Offices(string? area, string locale);
}
