using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(一)6：“……通过审核后参加学龄人口信息采集……”；附件[5月31日]：“小学入学信息采集截止，非本市户籍适龄儿童少年接受义务教育证明证件材料审核工作截止”。
/// This rule: a non-Beijing child who is not over age registers within the primary window; an over-age one goes to the 区考试中心.
/// </summary>
[Name("school-enrolment/26-3-1-6/collection-timetable")]
[Description("非本市户籍儿童参加学龄人口信息采集的时间")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)6")]
public sealed class FiveCertificatesCollectionTimetableRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match(() => child)
            .Match<NotOverAge>(n => n.Pupil == child);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.NonBeijingPrimary, "information-collection"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "register-in-time"));
    }
}
