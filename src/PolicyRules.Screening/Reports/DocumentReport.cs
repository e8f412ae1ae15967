namespace PolicyRules.Screening.Reports;

public sealed record DocumentReport(string Id, string Name, string? Form, CitationReport? Citation);
