using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(四)：“本区登记失业人员……在本区定点培训机构参加创业培训……”
/// </summary>
[Name("employment-subsidy/13-3-4/trainee-unemployed")]
[Description("本区登记失业人员")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "三(四)")]
public sealed class TraineeUnemployedRule : Rule
{
    public override void Define()
    {
        When()
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value);

        Then()
            .Yield(_ => new StartupTrainee());
    }
}
