using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)3：“审核申请人为法定代表人，应提供2017年4月28日前相关部门核发的法人代表证书或营业执照复印件，注册地址为本区。……”
/// Originals are brought too, as 三(二) asks for all 五证 materials (interpretation SE-FIVE-CERTIFICATES-ORIGINALS).
/// </summary>
[Name("school-enrolment/27-4-1-3/legal-representative-documents")]
[Description("法定代表人须带法人代表证书或营业执照")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)3")]
public sealed class LegalRepresentativeDocumentsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.NonBeijingPrimary)
            .Match<Employment>(e => e.Kind.Value == EmploymentKind.LegalRepresentative);

        Then()
            .Yield(_ => new DocumentRequired(SchoolEnrolmentPrograms.NonBeijingPrimary, "legal-representative-certificate"));
    }
}
