using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(五)：“本区登记失业人员自主创业（不含个体工商户）……”
/// </summary>
[Name("employment-subsidy/13-3-5/social-insurance-applies")]
[Description("本区登记失业人员自主创业")]
[Program(EmploymentSubsidyPrograms.SelfEmployedSocialInsurance)]
[Cites(EmploymentSubsidySources.Opinion, "三(五)")]
public sealed class SocialInsuranceAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value)
            .Match<Business>(b => b.Form.Value != BusinessForm.None);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.SelfEmployedSocialInsurance));
    }
}
