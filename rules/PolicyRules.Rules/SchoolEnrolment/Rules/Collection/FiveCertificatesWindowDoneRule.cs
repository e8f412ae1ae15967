using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Collection;

/// <summary>
/// 门政办发〔2017〕27号 三(二)：“审核申请人在5月16日至31日（工作时间）内携带“五证”材料原件及复印件到居住地所在街道办事处或乡镇人民政府提出审核申请……”
/// 附件[5月31日]：“……非本市户籍适龄儿童少年接受义务教育证明证件材料审核工作截止”（31日当日仍可）。
/// This rule: the window has closed, so whether the family acted in it decides; it is asked only now.
/// </summary>
[Name("school-enrolment/27-3-2/five-certificates-window-done")]
[Description("在5月16日至31日携带“五证”提出审核申请")]
[Cites(SchoolEnrolmentSources.FiveCertificates, "三(二)")]
public sealed class FiveCertificatesWindowDoneRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Family family = default!;

        When()
            .Match(() => at, a => a.Date > a.Parameters.FiveCertificatesTo)
            .Match(() => family)
            .Match<Steps>(s => s.SubmittedFiveCertificates.Value);

        Then()
            .Yield(_ => new FiveCertificatesSubmittedInTime(family));
    }
}
