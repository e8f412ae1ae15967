using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“……适龄儿童的父母应在规定的时间内，登录北京市义务教育阶段入学服务平台录入信息。……在规定时间内未在本区进行信息采集的学生，将影响该生的小学入学工作。”
/// This rule: a child whose information is collected on the platform (not separately); a child who missed it is not told
/// “eligible” (interpretation SE-LATE-COLLECTION).
/// </summary>
[Name("school-enrolment/26-3-2-1/online-collection-in-time")]
[Description("在入学服务平台按时进行信息采集")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class OnlineCollectionInTimeRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<OnlineCollectionRoute>(r => r.Pupil == child)
            .Match<OnlineWindowKept>(w => w.Pupil == child);

        Then()
            .Yield(_ => new InformationCollectedInTime(child));
    }
}
