using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>
/// An entry of a policy timetable: what happens, from and to which dates (parameter names), where, and the row that says so. A
/// deadline that runs from a date of the person's own (退役1年内) names that date's variable in
/// <see cref="After"/>; its <see cref="From"/> and <see cref="To"/> parameters then hold numbers of years after it.
/// </summary>
public sealed class DeadlineEntry
{
    public string Id { get; set; } = string.Empty;

    public Localized Text { get; set; } = new();

    /// <summary>Parameter holding the first (or only) date.</summary>
    public string? From { get; set; }

    /// <summary>Parameter holding the last date, for a period.</summary>
    public string? To { get; set; }

    public string? Office { get; set; }

    /// <summary>The id of a date variable the period counts from, in whole years; none for a fixed timetable.</summary>
    public string? After { get; set; }

    /// <summary>
    /// The <see cref="To"/> date itself is already too late: the text says “前” or “之前” (the 19th in “5月19日前”).
    /// </summary>
    public bool ToExcluded { get; set; }

    /// <summary>The row or clause that sets the dates (e.g. one row of a timetable); without it, the clause of the rule that names the entry.</summary>
    public CitationEntry? Citation { get; set; }
}
