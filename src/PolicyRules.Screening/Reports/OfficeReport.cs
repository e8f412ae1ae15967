namespace PolicyRules.Screening.Reports;

public sealed record OfficeReport(string Name, string? Phone, CitationReport Citation);
