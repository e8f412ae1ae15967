using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2(1)：“租住单位公房的，应提供单位房管部门开具的住房证明。租住办公用房、地下室的证明无效。”
/// The unit's housing certificate takes the place of the landlord's title, ID card and tax receipts (interpretation
/// SE-UNIT-HOUSING-DOCUMENTS); the lease conditions of 四(二)2 still apply.
/// </summary>
[Name("school-enrolment/27-4-2-2-1/unit-public-housing-residence-proof")]
[Description("租住单位公房：租赁合同合格，有单位房管部门开具的住房证明")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2(1)")]
public sealed class UnitPublicHousingResidenceProofRule : Rule
{
    public override void Define()
    {
        Residence home = default!;

        When()
            .Match<HomeInDistrict>()
            .Match(() => home, r => r.Tenure.Value == Tenure.Rented, r => r.RentalKind.Value == RentalKind.UnitPublicHousing)
            .Match<LeaseQualifies>(l => l.Residence == home)
            .Match<Residence>(r => r == home, r => r.UnitHousingCertificate.Value);

        Then()
            .Yield(_ => new ResidenceProofMet(home));
    }
}
