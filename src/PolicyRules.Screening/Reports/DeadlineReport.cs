namespace PolicyRules.Screening.Reports;

public sealed record DeadlineReport(string Id, string Text, string? From, string? To, string? Office, CitationReport? Citation);
