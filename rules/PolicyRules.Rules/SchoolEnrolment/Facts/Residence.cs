using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>Where the family actually lives in the district (门政办发〔2017〕27号 四(二)).</summary>
public sealed class Residence
{
    /// <summary>家庭实际住所在门头沟区（27号 四(二)：“在门头沟区实际住所居住证明”）。</summary>
    [Variable("residence.inDistrict")]
    public Input<bool> InDistrict { get; set; }

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

    /// <summary>租赁合同签订日期早于 <paramref name="date"/>（“……前”不含当日）。</summary>
    [Reads(nameof(LeaseSignedDate))]
    public bool LeaseSignedBefore(DateOnly date) => LeaseSignedDate.Value < date;

    /// <summary>租赁合同期限不少于 <paramref name="months"/> 个月（“以上”含本数）。</summary>
    [Reads(nameof(LeaseTermMonths))]
    public bool LeaseRunsAtLeast(int months) => LeaseTermMonths.Value >= months;

    /// <summary>27号 四(二)2(1)、(3)：租住办公用房、地下室，或按规定不得转租的公租房、军产房的转租，证明无效。</summary>
    [Reads(nameof(RentalKind))]
    public bool RentsInvalidPremises() =>
        RentalKind.Value is Facts.RentalKind.OfficeSpace or Facts.RentalKind.Basement or Facts.RentalKind.RestrictedSublet;
}
