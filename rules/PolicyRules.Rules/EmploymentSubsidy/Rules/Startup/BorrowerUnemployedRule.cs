using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)：“……支持本区户籍的登记失业人员……创业。” 本区户籍 governs every group of the list (interpretation ES-BORROWER-HUKOU).
/// </summary>
[Name("employment-subsidy/13-3-1/borrower-unemployed")]
[Description("本区户籍的登记失业人员")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)")]
public sealed class BorrowerUnemployedRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value);

        Then()
            .Yield(_ => new LoanBorrower());
    }
}
