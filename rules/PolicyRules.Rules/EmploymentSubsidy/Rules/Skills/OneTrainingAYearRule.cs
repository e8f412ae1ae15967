using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Skills;

/// <summary>
/// 西政发〔2017〕13号 四(二)：“本区登记失业人员当年可享受一次市级或区级提供的补贴培训。”
/// </summary>
[Name("employment-subsidy/13-4-2/one-a-year")]
[Description("当年还没有享受过补贴培训")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "四(二)")]
public sealed class OneTrainingAYearRule : Rule
{
    public override void Define()
    {
        When()
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value)
            .Match<Training>(t => !t.SubsidisedThisYear.Value);

        Then()
            .Yield(_ => new TrainingAllowanceLeft());
    }
}
