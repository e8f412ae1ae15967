using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(2)：“单校划片：采用对口直升方式招生，在此范围的每一所小学的毕业生升入划定的初中学校；在此范围的每一所初中学校接收片区内本市户籍的小学毕业生（含按本市户籍对待的学生）。”
/// </summary>
[Name("school-enrolment/26-3-2-2-2/single-zone-applies")]
[Description("本市户籍小学毕业生，就读小学属于单校划片")]
[Program(SchoolEnrolmentPrograms.JuniorSingleZone)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(2)")]
public sealed class SingleZoneAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Stage.Value == SchoolStage.JuniorSecondary,
                c => c.PrimarySchoolZone.Value == PrimarySchoolZone.SingleSchoolZone)
            .Match<BeijingGraduate>(g => g.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.JuniorSingleZone));
    }
}
