using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>Where the family actually lives in the district (门政办发〔2017〕27号 四(二)).</summary>
public sealed class Residence
{
    [Variable("residence.tenure")]
    public Input<Tenure> Tenure { get; set; }

    [Variable("residence.ownershipProof")]
    public Input<OwnershipProof> OwnershipProof { get; set; }

    [Variable("residence.rentalKind")]
    public Input<RentalKind> RentalKind { get; set; }

    [Variable("residence.leaseSignedDate")]
    public Input<DateOnly> LeaseSignedDate { get; set; }

    [Variable("residence.leaseTermMonths")]
    public Input<int> LeaseTermMonths { get; set; }

    [Variable("residence.landlordTitleProof")]
    public Input<bool> LandlordTitleProof { get; set; }

    [Variable("residence.landlordIdCard")]
    public Input<bool> LandlordIdCard { get; set; }

    [Variable("residence.landlordTaxReceipts")]
    public Input<bool> LandlordTaxReceipts { get; set; }

    [Variable("residence.unitHousingCertificate")]
    public Input<bool> UnitHousingCertificate { get; set; }

    [Variable("residence.farmhouseProof")]
    public Input<bool> FarmhouseProof { get; set; }

    [Variable("residence.fitAndSafe")]
    public Input<bool> FitAndSafe { get; set; }
}
