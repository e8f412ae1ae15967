using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 三(二)：“审核申请人在5月16日至31日（工作时间）内携带“五证”材料原件及复印件到居住地所在街道办事处或乡镇人民政府提出审核申请，
/// 申请材料需与网上登记注册时所填写的信息内容一致且真实有效。”
/// The dates are the parameters timetable_five_certificates_from/to (26号 附件).
/// </summary>
[Name("school-enrolment/27-3-2/five-certificates-review")]
[Description("5月16日至31日携带“五证”原件及复印件到居住地街道办事处或乡镇人民政府申请审核")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "三(二)")]
public sealed class FiveCertificatesReviewRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-review"))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.NonBeijingPrimary, "five-certificates-match-online-entry"));
    }
}
