using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕26号 附件[5月8至12日]：“区考试中心受理回户口所在区县和到家庭实际居住地所在区县初中入学申请、审核、登记工作（10日之前完成办理出区手续）”；
/// 三(二)2(5)：“……须在规定时间内，在就读小学提出申请……”。10日当天已逾期（解释 SE-EXIT-BEFORE-10TH）。
/// This rule: the window has closed, so whether the family acted in it decides; it is asked only now.
/// </summary>
[Name("school-enrolment/26-annex-0508-12/exit-formalities-done")]
[Description("在10日之前办完出区手续")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[5月8至12日]")]
public sealed class ExitFormalitiesDoneRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Pupil child = default!;

        When()
            .Match(() => at, a => a.Date >= a.Parameters.ExitFormalitiesBy)
            .Match(() => child)
            .Match<Steps>(s => s.CompletedExitFormalities.Value);

        Then()
            .Yield(_ => new ExitInTime(child));
    }
}
