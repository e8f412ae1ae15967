using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)：“加大创业贷款贴息力度，支持……贴息借款人……创业。”
/// </summary>
[Name("employment-subsidy/13-3-1/loan-interest-applies")]
[Description("自主、合伙创办企业或个体工商户")]
[Program(EmploymentSubsidyPrograms.StartupLoanInterest)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)")]
public sealed class LoanInterestAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<Business>(b => b.Form.Value != BusinessForm.None);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.StartupLoanInterest));
    }
}
