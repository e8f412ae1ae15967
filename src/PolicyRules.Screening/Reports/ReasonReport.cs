namespace PolicyRules.Screening.Reports;

public sealed record ReasonReport(string Text, CitationReport? Citation);
