using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// 附件[5月9至25日]：“（每周二、四）区考试中心受理超龄儿童、按京籍对待儿童的信息采集工作”（25日当日仍可）。
/// This rule: the window has closed, so whether the family acted in it decides; it is asked only now.
/// </summary>
[Name("school-enrolment/26-annex-0509-25/separate-collection-done")]
[Description("在规定时间内到区考试中心单独采集信息")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月9至25日]")]
public sealed class SeparateCollectionDoneRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date > a.Parameters.SeparateCollectionTo)
            .Match(() => child)
            .Match<Steps>(s => s.CollectedSeparately.Value);

        Then()
            .Yield(_ => new SeparateWindowKept(child));
    }
}
