using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(1)：“就近就读：各一般初中校根据家庭实际居住地和户口所在地就近接收本市户籍的小学毕业生（含按本市户籍对待的学生）。”
/// The route concerns Beijing graduates of primary schools outside the single-school zones and the 永定 multi-school
/// zone, and those of 人大附小京西校区 (interpretation SE-RENDA-JINGXI).
/// </summary>
[Name("school-enrolment/26-3-2-2-1/nearby-applies")]
[Description("本市户籍小学毕业生，就读小学不属于单校划片或多校划片")]
[Program(SchoolEnrolmentPrograms.JuniorNearby)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(1)")]
public sealed class NearbyAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Stage.Value == SchoolStage.JuniorSecondary,
                c => c.PrimarySchoolZone.Value == PrimarySchoolZone.Other || c.PrimarySchoolZone.Value == PrimarySchoolZone.RenDaFuXiaoJingxi)
            .Match<BeijingGraduate>(g => g.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.JuniorNearby));
    }
}
