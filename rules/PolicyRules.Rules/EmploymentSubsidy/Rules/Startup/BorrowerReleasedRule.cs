using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)：“……刑满释放人员（刑满释放5年内……）……” 5年内 includes the fifth anniversary.
/// </summary>
[Name("employment-subsidy/13-3-1/borrower-released")]
[Description("本区户籍、刑满释放5年内")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)")]
public sealed class BorrowerReleasedRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at)
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<JobSeeker>(s => s.SupportGroup.Value == SupportGroup.ReleasedPrisoner, s => s.IsWithinYearsOfRelease(at.Parameters.ReleaseWindowYears, at.Date));

        Then()
            .Yield(_ => new LoanBorrower());
    }
}
