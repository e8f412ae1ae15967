using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>An entry of a policy timetable: what happens, from and to which dates (parameter names), where, and the row that says so.</summary>
public sealed class DeadlineEntry
{
    public string Id { get; set; } = string.Empty;

    public Localized Text { get; set; } = new();

    /// <summary>Parameter holding the first (or only) date.</summary>
    public string? From { get; set; }

    /// <summary>Parameter holding the last date, for a period.</summary>
    public string? To { get; set; }

    public string? Office { get; set; }

    /// <summary>
    /// The <see cref="To"/> date itself is already too late: the text says “前” or “之前” (the 19th in “5月19日前”).
    /// </summary>
    public bool ToExcluded { get; set; }

    /// <summary>The row or clause that sets the dates (e.g. one row of a timetable); without it, the clause of the rule that names the entry.</summary>
    public CitationEntry? Citation { get; set; }
}
