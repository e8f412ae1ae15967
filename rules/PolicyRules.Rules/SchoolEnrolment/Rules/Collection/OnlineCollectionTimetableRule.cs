using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“……适龄儿童的父母应在规定的时间内，登录北京市义务教育阶段入学服务平台录入信息。……在规定时间内未在本区进行信息采集的学生，将影响该生的小学入学工作。”
/// 附件[5月8日]、[5月31日]。Only for a child on the platform (a Beijing child who is not over age): the others go to the 区考试中心;
/// the 五证 families get the same window from <see cref="FiveCertificatesCollectionTimetableRule"/>.
/// </summary>
[Name("school-enrolment/26-3-2-1/online-collection-timetable")]
[Description("入学服务平台信息采集的时间")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class OnlineCollectionTimetableRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;
        Pupil child = default!;

        When()
            .Match(() => route, p => p.Program == SchoolEnrolmentPrograms.LocalPrimary)
            .Match(() => child)
            .Match<OnlineCollectionRoute>(r => r.Pupil == child);

        Then()
            .Yield(_ => new DeadlineApplies(route.Program, "information-collection"))
            .Yield(_ => new Notice(route.Program, "register-in-time"));
    }
}
