using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(五)：“本区登记失业人员自主创业（不含个体工商户），可享受最长不超过3年的社会保险补贴。补贴标准参照市级政策执行。”
/// </summary>
[Name("employment-subsidy/13-3-5/social-insurance-subsidy")]
[Description("自主创业（不含个体工商户），最长3年社会保险补贴，标准参照市级政策")]
[Program(EmploymentSubsidyPrograms.SelfEmployedSocialInsurance)]
[Cites(EmploymentSubsidySources.Opinion, "三(五)")]
public sealed class SocialInsuranceSubsidyRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.SelfEmployedSocialInsurance)
            .Match<Business>(b => b.Form.Value == BusinessForm.Enterprise);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "social-insurance-subsidy"))
            .Yield(_ => new DocumentRequired(applies.Program, "business-licence"));
    }
}
