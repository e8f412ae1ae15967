using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>The work in the district of the parent who works here (门政办发〔2017〕27号 四(一)).</summary>
public sealed class Employment
{
    [Variable("employment.kind")]
    public Input<EmploymentKind> Kind { get; set; }

    [Variable("employment.socialInsuranceInDistrict")]
    public Input<bool> SocialInsuranceInDistrict { get; set; }

    [Variable("employment.insurancePaidEveryRequiredMonth")]
    public Input<bool> InsurancePaidEveryRequiredMonth { get; set; }

    [Variable("employment.contractStartDate")]
    public Input<DateOnly> ContractStartDate { get; set; }

    [Variable("employment.contractTermMonths")]
    public Input<int> ContractTermMonths { get; set; }

    [Variable("employment.namesMatchContract")]
    public Input<bool> NamesMatchContract { get; set; }

    /// <summary>营业执照、法人代表证书的核发日期。</summary>
    [Variable("employment.licenceDate")]
    public Input<DateOnly> LicenceDate { get; set; }

    [Variable("employment.registeredInDistrict")]
    public Input<bool> RegisteredInDistrict { get; set; }

    [Variable("employment.lawfulAndTaxPaid")]
    public Input<bool> LawfulAndTaxPaid { get; set; }

    /// <summary>合同起始时间早于 <paramref name="date"/>（“……前”不含当日，见解释 SE-BEFORE-APRIL-28-CONTRACT）。</summary>
    [Reads(nameof(ContractStartDate))]
    public bool ContractStartsBefore(DateOnly date) => ContractStartDate.Value < date;

    /// <summary>合同期限不少于 <paramref name="months"/> 个月（“半年以上”，见解释 SE-HALF-YEAR）。</summary>
    [Reads(nameof(ContractTermMonths))]
    public bool ContractRunsAtLeast(int months) => ContractTermMonths.Value >= months;

    /// <summary>营业执照或法人代表证书核发日期早于 <paramref name="date"/>（见解释 SE-BEFORE-APRIL-28-LICENCE）。</summary>
    [Reads(nameof(LicenceDate))]
    public bool LicenceIssuedBefore(DateOnly date) => LicenceDate.Value < date;
}
