namespace PolicyRules.Screening.Reports;

public sealed record CitationReport(string Document, string Clause);
