using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)3：“审核申请人为法定代表人，应提供2017年4月28日前相关部门核发的法人代表证书或营业执照复印件，注册地址为本区。……”
/// “4月28日前” excludes the 28th (SE-BEFORE-APRIL-28-LICENCE).
/// </summary>
[Name("school-enrolment/27-4-1-3/legal-representative-work-proof")]
[Description("法定代表人：法人代表证书或营业执照在4月28日前核发，注册地址为本区")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)3")]
public sealed class LegalRepresentativeWorkProofRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Employment work = default!;

        When()
            .Match(() => at)
            .Match(() => work, e => e.Kind.Value == EmploymentKind.LegalRepresentative)
            .Match<Employment>(
                e => e == work,
                e => e.LicenceIssuedBefore(at.Parameters.LicenceDatedBefore),
                e => e.RegisteredInDistrict.Value);

        Then()
            .Yield(_ => new WorkProofMet(work));
    }
}
