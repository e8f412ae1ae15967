using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)3：“……审核申请人为股东或合伙人的，应提供相关工商机关备案文件原件及复印件，注册地址为本区。”
/// No date applies to shareholders and partners (interpretation SE-SHAREHOLDER-NO-DATE).
/// </summary>
[Name("school-enrolment/27-4-1-3/shareholder-or-partner-work-proof")]
[Description("股东或合伙人：工商机关备案文件，注册地址为本区")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)3")]
public sealed class ShareholderOrPartnerWorkProofRule : Rule
{
    public override void Define()
    {
        Employment work = default!;

        When()
            .Match(() => work, e => e.Kind.Value == EmploymentKind.ShareholderOrPartner)
            .Match<Employment>(e => e == work, e => e.RegisteredInDistrict.Value);

        Then()
            .Yield(_ => new WorkProofMet(work));
    }
}
