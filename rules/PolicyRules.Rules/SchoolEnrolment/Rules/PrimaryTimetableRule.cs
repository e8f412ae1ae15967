using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“适龄儿童的父母应在规定的时间内，登录北京市义务教育阶段入学服务平台录入信息……在规定时间内未在本区进行信息采集的学生，将影响该生的小学入学工作。”
/// 附件[6月17至18日]：各小学现场审核入学相关材料；附件[7月10日开始]：发放《入学通知书》。Every grade-1 route; the
/// platform's collection window is given only to children registered on it (<see cref="Collection.OnlineCollectionTimetableRule"/>).
/// </summary>
[Name("school-enrolment/26-3-2-1/primary-timetable")]
[Description("小学现场审核和入学通知书的时间")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class PrimaryTimetableRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;

        When()
            .Match(() => route, p => SchoolEnrolmentPrograms.PrimaryRoutes.Contains(p.Program));

        Then()
            .Yield(_ => new DeadlineApplies(route.Program, "onsite-check"))
            .Yield(_ => new DeadlineApplies(route.Program, "admission-notices"));
    }
}
