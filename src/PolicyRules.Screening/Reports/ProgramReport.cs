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
    IReadOnlyList<ReasonReport> Notices);
