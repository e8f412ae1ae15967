namespace PolicyRules.Screening.Reports;

public sealed record DeadlineReport(string Id, string Text, string? From, string? To, string? Office, CitationReport? Citation)
{
    /// <summary>
    /// The evaluation date is after the entry's last day (its <see cref="To"/>, or its only date): too late to act on it.
    /// When the text puts the last day “before” a date (“5月19日前”), that date itself is already passed.
    /// </summary>
    public bool Passed { get; init; }
}
