using PolicyRules.Rules.Common;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>
/// A program's status read from NRules' facts, as docs/writing-rules.md defines it and as
/// ProgramReportBuilder.StatusOf computes it when every input is known: there
/// <c>Determine&lt;ProgramApplies&gt;</c> is true when such a fact holds and false otherwise (also for
/// a program no rule could apply, which has no such fact either), so notApplicable wins over
/// eligibility, and a program that applies is eligible exactly when a <see cref="ProgramEligible"/> holds.
/// </summary>
internal static class StatusMapping
{
    public static string StatusOf(string program, IReadOnlyCollection<object> facts)
    {
        if (!facts.OfType<ProgramApplies>().Any(p => p.Program == program))
        {
            return ProgramStatus.NotApplicable;
        }

        return facts.OfType<ProgramEligible>().Any(p => p.Program == program) ? ProgramStatus.Eligible : ProgramStatus.Ineligible;
    }
}
