namespace PolicyRules.Screening.Reports;

public sealed record ProgramReport(
    string Id,
    string Title,
    string Status,
    IReadOnlyList<AmountReport> Amounts,
    IReadOnlyList<DocumentReport> Documents,
    IReadOnlyList<DeadlineReport> Deadlines,
    OfficeReport? Office,
    IReadOnlyList<ReasonReport> Reasons,
    IReadOnlyList<string> Missing,
    IReadOnlyList<ReasonReport> Notices)
{
    /// <summary>
    /// Whether the person's situation falls under the program (true), cannot (false) or may (null).
    /// Not part of the report contract; the interview uses it to ask first about programs that apply.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool? Applies { get; init; }
}
