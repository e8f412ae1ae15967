using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(二)：“正在享受创业扶持政策的本区户籍个体工商户升级为企业的，可申请3万元的一次性创业升级补贴。”
/// </summary>
[Name("employment-subsidy/13-3-2/upgrade-subsidy")]
[Description("正在享受创业扶持政策的本区户籍个体工商户升级为企业，一次性3万元")]
[Program(EmploymentSubsidyPrograms.UpgradeSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "三(二)")]
public sealed class UpgradeSubsidyRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.UpgradeSubsidy)
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<Business>(b => b.StartupSupport.Value, b => b.Upgrading.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "upgrade-subsidy"));
    }
}
