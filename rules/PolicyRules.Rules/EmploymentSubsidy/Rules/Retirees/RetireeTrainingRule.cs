using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Retirees;

/// <summary>
/// 西政发〔2017〕13号 五(三)：“本区户籍退休人员参加限定的职业（工种）技能培训，参照失业人员区级补贴标准执行。”: the standard is the district
/// bureau's of 四(二), which the text does not give (the operator's figure; interpretation ES-RETIREE-TRAINING).
/// </summary>
[Name("employment-subsidy/13-5-3/retiree-training")]
[Description("本区户籍退休人员参加限定的职业（工种）技能培训，参照失业人员区级补贴标准")]
[Program(EmploymentSubsidyPrograms.RetireeTraining)]
[Cites(EmploymentSubsidySources.Opinion, "五(三)")]
public sealed class RetireeTrainingRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.RetireeTraining)
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<Retiree>();

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "retiree-training"))
            .Yield(_ => new Notice(applies.Program, "retiree-training-rate"));
    }
}
