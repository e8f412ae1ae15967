using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// 附件[5月19日前]：“超龄儿童及按京籍对待儿童到区教委小幼科进行信息审核”。
/// This rule: a child who is also checked by the 小幼科: both windows must be kept.
/// </summary>
[Name("school-enrolment/26-annex-0519/separate-procedure-with-check")]
[Description("单独采集和小幼科审核都按时办理")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月19日前]")]
public sealed class SeparateProcedureWithCheckRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child)
            .Match<SeparateCheckRoute>(r => r.Pupil == child)
            .Match<SeparateWindowKept>(w => w.Pupil == child)
            .Match<SectionCheckKept>(k => k.Pupil == child);

        Then()
            .Yield(_ => new SeparateProcedureKept(child));
    }
}
