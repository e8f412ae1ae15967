using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)：“……（……或解除社区矫正3年内）……” 3年内 includes the third anniversary.
/// </summary>
[Name("employment-subsidy/13-3-1/borrower-correction")]
[Description("本区户籍、解除社区矫正3年内")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)")]
public sealed class BorrowerCorrectionRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at)
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<JobSeeker>(s => s.SupportGroup.Value == SupportGroup.CorrectionEnded, s => s.IsWithinYearsOfRelease(at.Parameters.CorrectionWindowYears, at.Date));

        Then()
            .Yield(_ => new LoanBorrower());
    }
}
