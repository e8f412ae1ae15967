namespace PolicyRules.Screening.Reports;

/// <summary>The office that handles a program, with the phone number and address the text gives (if any).</summary>
public sealed record OfficeReport(string Name, string? Phone, CitationReport Citation)
{
    public string? Address { get; init; }
}
