using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(二)：“正在享受创业扶持政策的本区户籍个体工商户升级为企业的……”
/// </summary>
[Name("employment-subsidy/13-3-2/upgrade-applies")]
[Description("个体工商户")]
[Program(EmploymentSubsidyPrograms.UpgradeSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "三(二)")]
public sealed class UpgradeAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<Business>(b => b.Form.Value == BusinessForm.SoleTrader);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.UpgradeSubsidy));
    }
}
