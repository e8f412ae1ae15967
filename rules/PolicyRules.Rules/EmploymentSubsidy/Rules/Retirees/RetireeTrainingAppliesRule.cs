using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Retirees;

/// <summary>
/// 西政发〔2017〕13号 五(三)：“本区户籍退休人员参加限定的职业（工种）技能培训……”
/// </summary>
[Name("employment-subsidy/13-5-3/retiree-training-applies")]
[Description("退休人员参加限定的职业（工种）技能培训")]
[Program(EmploymentSubsidyPrograms.RetireeTraining)]
[Cites(EmploymentSubsidySources.Opinion, "五(三)")]
public sealed class RetireeTrainingAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Retiree)
            .Match<RetireeWork>(w => w.RestrictedTraining.Value);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.RetireeTraining));
    }
}
