using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“……适龄儿童的父母应在规定的时间内，登录北京市义务教育阶段入学服务平台录入信息。……在规定时间内未在本区进行信息采集的学生，将影响该生的小学入学工作。”
/// 附件[5月8日]：“启动小学和初中入学服务系统，小学入学信息采集开始”；附件[5月31日]：“小学入学信息采集截止”（当日仍可）。
/// This rule: the window has not closed on the evaluation date, so nothing is asked yet and the report gives the dates.
/// </summary>
[Name("school-enrolment/26-annex-0531/online-collection-open")]
[Description("在规定时间内登录入学服务平台录入信息：期限尚未届满")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月31日]")]
public sealed class OnlineCollectionOpenRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date <= a.Parameters.InformationCollectionCloses)
            .Match(() => child);

        Then()
            .Yield(_ => new OnlineWindowKept(child));
    }
}
