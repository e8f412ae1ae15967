using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)3：“……审核申请人为股东或合伙人的，应提供相关工商机关备案文件原件及复印件，注册地址为本区。”
/// </summary>
[Name("school-enrolment/27-4-1-3/shareholder-or-partner-documents")]
[Description("股东或合伙人须带工商机关备案文件")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)3")]
public sealed class ShareholderOrPartnerDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Employment>(e => e.Kind.Value == EmploymentKind.ShareholderOrPartner);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "business-registry-filings"));
    }
}
