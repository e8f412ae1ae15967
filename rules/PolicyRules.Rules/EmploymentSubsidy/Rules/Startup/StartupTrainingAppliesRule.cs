using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“加大创业培训力度。本区登记失业人员，本区户籍毕业2年内未就业的高校毕业生和复员转业军人……”
/// </summary>
[Name("employment-subsidy/13-3-4/startup-training-applies")]
[Description("创业培训对象")]
[Program(EmploymentSubsidyPrograms.StartupTraining)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class StartupTrainingAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<StartupTrainee>();

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.StartupTraining));
    }
}
