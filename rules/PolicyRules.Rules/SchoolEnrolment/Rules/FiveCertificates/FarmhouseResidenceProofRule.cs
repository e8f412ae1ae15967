using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.FiveCertificates;

/// <summary>
/// 门政办发〔2017〕27号 四(二)2(2)：“租住无房产证农民房的，应提供房屋地契证明、建房审批证明、村委会开具的房屋情况证明之一。”
/// One of the three proofs takes the place of the landlord's title; the landlord's ID card and tax receipts are still needed
/// (interpretation SE-FARMHOUSE-DOCUMENTS), and the lease conditions of 四(二)2 apply.
/// </summary>
[Name("school-enrolment/27-4-2-2-2/farmhouse-residence-proof")]
[Description("租住无房产证农民房：租赁合同合格，有地契、建房审批或村委会房屋情况证明之一，有房主身份证和完税发票")]
[Program(SchoolEnrolmentPrograms.NonBeijingPrimary)]
[Cites(SchoolEnrolmentSources.FiveCertificates, "四(二)2(2)")]
public sealed class FarmhouseResidenceProofRule : Rule
{
    public override void Define()
    {
        Residence home = default!;

        When()
            .Match<HomeInDistrict>()
            .Match(() => home, r => r.Tenure.Value == Tenure.Rented, r => r.RentalKind.Value == RentalKind.FarmhouseWithoutTitle)
            .Match<LeaseQualifies>(l => l.Residence == home)
            .Match<Residence>(
                r => r == home,
                r => r.FarmhouseProof.Value,
                r => r.LandlordIdCard.Value,
                r => r.LandlordTaxReceipts.Value);

        Then()
            .Yield(_ => new ResidenceProofMet(home));
    }
}
