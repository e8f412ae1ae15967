using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// This rule: an over-age child without Beijing hukou, after the 五证 check, also keeps the separate windows (interpretation SE-OVER-AGE-SEPARATE-COLLECTION).
/// </summary>
[Name("school-enrolment/26-3-2-1/non-beijing-separate-collection-in-time")]
[Description("非本市户籍超龄儿童按时单独采集信息")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class FiveCertificatesCollectionSeparateRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<SeparateCollectionRoute>(r => r.Pupil == child)
            .Match<SeparateProcedureKept>(k => k.Pupil == child);

        Then()
            .Yield(_ => new FiveCertificatesCollectionKept(child));
    }
}
