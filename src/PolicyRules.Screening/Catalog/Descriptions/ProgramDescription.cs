using PolicyRules.Localization;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>A program with the office that handles it and the clause that sets it up.</summary>
public sealed record ProgramDescription(string Id, Localized Title, Localized? Office, CitationReport Citation);
