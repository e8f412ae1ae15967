using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 附件[5月19日前]：“超龄儿童及按京籍对待儿童到区教委小幼科进行信息审核”；三(一)4：“……资格审核、认定工作由门头沟区教委小幼科在规定时间内统一完成。”
/// “前”不含当日：19日当天已逾期（解释 SE-SECTION-CHECK-BEFORE-19TH）。
/// This rule: the window has closed, so whether the family acted in it decides; it is asked only now.
/// </summary>
[Name("school-enrolment/26-annex-0519/section-check-done")]
[Description("在规定日期前到区教委小幼科进行信息审核")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月19日前]")]
public sealed class SectionCheckDoneRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date >= a.Parameters.SeparateCheckBy)
            .Match(() => child)
            .Match<Steps>(s => s.CheckedBySection.Value);

        Then()
            .Yield(_ => new SectionCheckKept(child));
    }
}
