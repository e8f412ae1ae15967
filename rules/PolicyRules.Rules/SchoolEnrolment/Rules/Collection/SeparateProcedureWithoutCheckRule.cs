using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// This rule: a child who only registers separately (no 小幼科 check): the collection window of 附件[5月9至25日] must be kept.
/// </summary>
[Name("school-enrolment/26-annex-0509-25/separate-procedure-without-check")]
[Description("单独采集按时办理")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月9至25日]")]
public sealed class SeparateProcedureWithoutCheckRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<SeparateCollectionOnlyRoute>(r => r.Pupil == child)
            .Match<SeparateWindowKept>(w => w.Pupil == child);

        Then()
            .Yield(_ => new SeparateProcedureKept(child));
    }
}
