using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(3)：“多校划片：根据我区实际情况，永定地区的大峪一小和实验二小永定分校共同对应大峪中学分校和首师大附中永定分校，采用多校划片入学的方式……”
/// </summary>
[Name("school-enrolment/26-3-2-2-3/multi-zone-applies")]
[Description("本市户籍小学毕业生，就读大峪一小或实验二小永定分校")]
[Program(SchoolEnrolmentPrograms.JuniorMultiZone)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(3)")]
public sealed class MultiZoneAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child,
                c => c.Stage.Value == SchoolStage.JuniorSecondary,
                c => c.PrimarySchoolZone.Value == PrimarySchoolZone.DayuNo1 || c.PrimarySchoolZone.Value == PrimarySchoolZone.ShiyanNo2Yongding)
            .Match<BeijingGraduate>(g => g.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.JuniorMultiZone));
    }
}
