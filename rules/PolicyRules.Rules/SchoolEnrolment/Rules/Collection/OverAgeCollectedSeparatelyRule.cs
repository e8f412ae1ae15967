using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// 附件[5月9至25日]、[5月19日前]：超龄儿童到区考试中心单独采集，并到区教委小幼科审核。
/// This rule: an over-age child, whatever the hukou (interpretation SE-OVER-AGE-SEPARATE-COLLECTION).
/// </summary>
[Name("school-enrolment/26-3-2-1/over-age-collected-separately")]
[Description("超龄儿童单独采集信息并经小幼科审核")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class OverAgeCollectedSeparatelyRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<OverAge>(o => o.Pupil == child);

        Then()
            .Yield(_ => new SeparateCollectionRoute(child))
            .Yield(_ => new SeparateCheckRoute(child));
    }
}
