using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(一)2：“审核申请人为个体工商户的，应提供2017年4月28日前的营业执照复印件，注册地址为本区，合法经营，依法纳税。”
/// “4月28日前” excludes the 28th (SE-BEFORE-APRIL-28-LICENCE).
/// </summary>
[Name("school-enrolment/27-4-1-2/individual-business-work-proof")]
[Description("个体工商户：营业执照在4月28日前核发，注册地址为本区，合法经营，依法纳税")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(一)2")]
public sealed class IndividualBusinessWorkProofRule : Rule
{
    public override void Define()
    {
        PolicyContext<SchoolEnrolmentParameters> at = default!;
        Employment work = default!;

        When()
            .Match(() => at)
            .Match(() => work, e => e.Kind.Value == EmploymentKind.IndividualBusiness)
            .Match<Employment>(
                e => e == work,
                e => e.LicenceIssuedBefore(at.Parameters.LicenceDatedBefore),
                e => e.RegisteredInDistrict.Value,
                e => e.LawfulAndTaxPaid.Value);

        Then()
            .Yield(_ => new WorkProofMet(work));
    }
}
