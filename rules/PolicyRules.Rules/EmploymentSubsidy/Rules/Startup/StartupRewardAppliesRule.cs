using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“对于通过创业培训成功创业……的……”
/// </summary>
[Name("employment-subsidy/13-3-4/startup-reward-applies")]
[Description("创业培训对象已经创业")]
[Program(EmploymentSubsidyPrograms.StartupReward)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class StartupRewardAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<StartupTrainee>()
            .Match<Business>(b => b.Form.Value != BusinessForm.None);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.StartupReward));
    }
}
