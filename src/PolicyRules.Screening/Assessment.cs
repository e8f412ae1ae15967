using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening;

/// <summary>
/// Answers screened once: where each program stands at once, and the explained <see cref="Report"/> (reasons, failure
/// explanations, documents, deadlines) only when it is asked for, from the same evaluation. Choosing the next question
/// needs the standings only; the result card needs the report.
/// </summary>
public sealed class Assessment
{
    private readonly Lazy<Report> _report;

    internal Assessment(IReadOnlyList<ProgramStanding> programs, Func<Report> explain)
    {
        Programs = programs;
        _report = new Lazy<Report>(explain);
    }

    private Assessment(Report report)
    {
        Programs = [.. report.Programs.Select(ProgramStanding.Of)];
        _report = new Lazy<Report>(report);
    }

    /// <summary>Where each program in scope stands, in the report's order.</summary>
    public IReadOnlyList<ProgramStanding> Programs { get; }

    /// <summary>The explained report, built on first use.</summary>
    public Report Report => _report.Value;

    /// <summary>The assessment of a report already built (by a service that only reports).</summary>
    public static Assessment Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Assessment(report);
    }
}
