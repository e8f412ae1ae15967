using System.Globalization;

namespace PolicyRules.Rules.Catalog;

/// <summary>A window of dates (yyyy-MM-dd, both included) as a catalogue writes it; either end may be open.</summary>
public sealed class PeriodEntry
{
    public string? From { get; set; }

    public string? To { get; set; }

    public DateOnly? FromDate => Parse(From);

    public DateOnly? ToDate => Parse(To);

    private static DateOnly? Parse(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
