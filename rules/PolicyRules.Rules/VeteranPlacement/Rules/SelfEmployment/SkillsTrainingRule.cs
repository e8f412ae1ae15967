using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(二)6：“按照“政府主导、个人自愿、城乡一体、免费参加”的基本要求,区双拥办、区人力社保局、区教委、区农委等部门
/// 联合举办……职业技能免费培训班,提高其自谋职业能力;鼓励退役士兵参加中长期技能培训……按相关政策给予学费减免,家庭困难的可提供学期生活费资助。”
/// Section (二) is for self-employment veterans.
/// </summary>
[Name("veteran-placement/25-2-2-6/skills-training")]
[Description("自主就业退役士兵免费参加职业技能培训班")]
[Program(VeteranPlacementPrograms.SkillsTraining)]
[Cites(VeteranPlacementSources.District, "二(二)6")]
public sealed class SkillsTrainingRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.SelfEmployment);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.SkillsTraining))
            .Yield(_ => new ProgramEligible(VeteranPlacementPrograms.SkillsTraining))
            .Yield(_ => new Notice(VeteranPlacementPrograms.SkillsTraining, "longer-training"));
    }
}
