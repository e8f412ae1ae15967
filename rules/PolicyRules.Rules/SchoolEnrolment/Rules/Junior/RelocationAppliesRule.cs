using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(4)：“小学毕业生因棚户区改造和山区规划调整等特殊原因导致家庭住址在区内变动的，可以申请到家庭新住址所对应的学校入学。但如果该学校接收确有困难，则由区教委协调其他学校解决。”
/// </summary>
[Name("school-enrolment/26-3-2-2-4/relocation-applies")]
[Description("本市户籍小学毕业生，因棚户区改造、山区规划调整等特殊原因家庭住址在区内变动")]
[Program(SchoolEnrolmentPrograms.JuniorRelocation)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(4)")]
public sealed class RelocationAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Stage.Value == SchoolStage.JuniorSecondary, c => c.RelocatedWithinDistrict.Value)
            .Match<BeijingGraduate>(g => g.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.JuniorRelocation));
    }
}
