using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>One dated value of a parameter as written (a list joined with 、), and the clause that sets it.</summary>
public sealed record ParameterValueDescription(DateOnly From, string Value, CitationReport Citation);
