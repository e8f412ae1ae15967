using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Permits;

/// <summary>
/// One item of 门政发〔2017〕19号's annex as <c>policyrules permit</c> and <c>GET /api/permits</c> give it, in one language:
/// its number and name, the office, its category, the change (cancelled, madeInternal, merged, partlyCancelled) and the
/// answer to “is it still required?”, the decision and basis as the annex words them, what it was merged into or what was
/// kept, the rule the notice sets for that kind of change, and where the row is.
/// </summary>
public sealed record PermitListing(
    int Number,
    string Name,
    string Office,
    string Category,
    string Change,
    string Answer,
    string Decision,
    string Basis,
    string? MergedInto,
    string? Kept,
    ReasonReport? Rule,
    CitationReport Citation);
