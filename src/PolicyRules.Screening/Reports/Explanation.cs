namespace PolicyRules.Screening.Reports;

/// <summary>
/// A report's reasons drawn as a tree (<c>policyrules explain</c>, <c>POST /api/explain</c>): per program, the rules that fired
/// with the rules behind the facts they matched beneath them, the conditions that failed, the questions still open.
/// Nothing here is worked out anew: it is the report's own reasons, arranged by the justifications they came from.
/// </summary>
public sealed record Explanation(string Date, string Locale, string RuleSetVersion, IReadOnlyList<ProgramExplanation> Programs)
{
    public static Explanation Of(Report report) => new(
        report.Date,
        report.Locale,
        report.RuleSetVersion,
        [.. report.Programs.Select(p => new ProgramExplanation(p.Id, p.Title, p.Status, p.Applies, Roots(p.Reasons)))]);

    /// <summary>The reasons no other reason rests on, each with those it rests on beneath it.</summary>
    private static IReadOnlyList<ExplanationNode> Roots(IReadOnlyList<ReasonReport> reasons)
    {
        var beneath = reasons.SelectMany(r => r.Because).ToHashSet(ReferenceEqualityComparer.Instance);
        return [.. reasons.Where(r => !beneath.Contains(r)).Select(Node)];
    }

    private static ExplanationNode Node(ReasonReport reason) => new(reason.Kind, reason.Text, reason.Citation, [.. reason.Because.Select(Node)]);
}
