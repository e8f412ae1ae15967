using System.Text.Json.Serialization;

namespace PolicyRules.Screening.Reports;

public sealed record ReasonReport(string Text, CitationReport? Citation)
{
    /// <summary>Not part of the report contract: what the reason says (a rule that fired, a condition that failed…), for the explanation tree.</summary>
    [JsonIgnore]
    public ReasonKind Kind { get; init; } = ReasonKind.Note;

    /// <summary>
    /// Not part of the report contract: for a rule that fired, the reasons for the facts it matched (the rules behind them),
    /// each also in the report's flat list; the explanation tree draws them beneath it.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ReasonReport> Because { get; init; } = [];
}
