using PolicyRules.Localization;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// One program's result for one row of a list: the status, the amounts (a value, or the formula while a
/// figure or an answer is missing), the variables still needed, and the first reason the report gives.
/// </summary>
public sealed record ProgramOutcome(string Id, string Status, IReadOnlyList<AmountReport> Amounts, IReadOnlyList<string> Missing, string? Reason)
{
    public static ProgramOutcome From(ProgramReport report, string locale)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reason = report.Reasons.FirstOrDefault();
        var text = reason?.Citation is not { } citation ? reason?.Text
            : Locales.IsEnglish(locale) ? $"{reason.Text} ({citation.Document} {citation.Clause})"
            : $"{reason.Text}（{citation.Document} {citation.Clause}）";
        return new ProgramOutcome(report.Id, report.Status, report.Amounts, report.Missing, text);
    }
}
