using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(一)6：“……通过审核后参加学龄人口信息采集……”；27号 三(一)、三(四)：网上登记注册，通过审核后在系统中确认并打印《学龄人口信息采集表》。
/// This rule: a non-Beijing child who is not over age registers through the 五证 procedure itself (the online registration of
/// 27号 三(一) and the review window of 三(二) are their own conditions).
/// </summary>
[Name("school-enrolment/26-3-1-6/collection-with-review")]
[Description("非本市户籍儿童随“五证”审核参加信息采集")]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)6")]
public sealed class FiveCertificatesCollectionWithReviewRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<NotOverAge>(n => n.Pupil == child);

        Then()
            .Yield(_ => new FiveCertificatesCollectionKept(child));
    }
}
