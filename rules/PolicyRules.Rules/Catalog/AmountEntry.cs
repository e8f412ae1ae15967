using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>
/// An amount a program grants (<c>amounts.yaml</c>): its label, the formula that computes it from the
/// area's parameters (bare names) and the person's answers (variable ids in brackets, e.g.
/// <c>[childcare.months]</c>), its unit, how often it is paid and for how long at most. A rule grants it
/// by yielding <c>AmountGranted(program, id)</c>. A parameter whose unit is <c>percent</c> enters the
/// formula as a fraction (5 → 0.05) and is shown as 5%.
/// </summary>
public sealed class AmountEntry
{
    public string Id { get; set; } = string.Empty;

    public string Program { get; set; } = string.Empty;

    public Localized Label { get; set; } = new();

    public string Formula { get; set; } = string.Empty;

    /// <summary><c>yuan</c> (the default), or another unit the text uses.</summary>
    public string Unit { get; set; } = "yuan";

    /// <summary><c>oneOff</c>, <c>perMonth</c>, <c>perYear</c> or <c>total</c>.</summary>
    public string Period { get; set; } = "oneOff";

    /// <summary>How many years it is paid at most: a number, or the name of the parameter that gives it.</summary>
    public string? Years { get; set; }

    /// <summary>A yearly figure read for a year given by the person's answer, not as of the evaluation date.</summary>
    public YearOfEntry? YearOf { get; set; }

    public CitationEntry Citation { get; set; } = new();
}
