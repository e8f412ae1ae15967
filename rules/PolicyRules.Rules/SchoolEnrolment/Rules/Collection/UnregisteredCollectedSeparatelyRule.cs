using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// This rule: a Beijing child without a registered hukou who is not over age (an over-age one is <see cref="OverAgeCollectedSeparatelyRule"/>'s);
/// the 小幼科 check of 附件[5月19日前] names only over-age and treated-as-Beijing children (interpretation SE-UNREGISTERED-DATES).
/// </summary>
[Name("school-enrolment/26-3-2-1/unregistered-collected-separately")]
[Description("京籍无户口儿童单独采集信息")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class UnregisteredCollectedSeparatelyRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Hukou.Value == HukouLocation.BeijingUnregistered)
            .Match<NotOverAge>(n => n.Pupil == child);

        Then()
            .Yield(_ => new SeparateCollectionRoute(child))
            .Yield(_ => new SeparateCollectionOnlyRoute(child));
    }
}
