using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“……适龄儿童的父母应在规定的时间内，登录北京市义务教育阶段入学服务平台录入信息。……经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// This rule: a child with Beijing hukou registered in a district (本区 or another) who is not over age registers on the platform.
/// </summary>
[Name("school-enrolment/26-3-2-1/online-collection-route")]
[Description("本市户籍、不超龄的孩子在入学服务平台进行信息采集")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class OnlineCollectionRouteRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Hukou.Value == HukouLocation.Mentougou || c.Hukou.Value == HukouLocation.OtherBeijingDistrict)
            .Match<NotOverAge>(n => n.Pupil == child);

        Then()
            .Yield(_ => new OnlineCollectionRoute(child));
    }
}
