using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)1：“经区教委审核、认定的享受本市户籍对待的非本市户籍适龄儿童、超龄儿童、京籍无户口适龄儿童的信息需到区考试中心单独采集。”
/// 附件[5月9至25日]：“（每周二、四）区考试中心受理超龄儿童、按京籍对待儿童的信息采集工作”；附件[5月19日前]：“超龄儿童及按京籍对待儿童到区教委小幼科进行信息审核”。
/// This rule: over-age children with Beijing hukou on the grade-1 route (over age is derived from the birth date, <see cref="OverAgeRule"/>).
/// </summary>
[Name("school-enrolment/26-3-2-1/separate-collection-over-age")]
[Description("超龄儿童到区考试中心单独采集信息，并到区教委小幼科审核")]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)1")]
public sealed class SeparateCollectionOverAgeRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.LocalPrimary)
            .Match<OverAge>();

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.LocalPrimary, "separate-collection"))
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.LocalPrimary, "separate-check"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.LocalPrimary, "separate-collection-over-age"));
    }
}
