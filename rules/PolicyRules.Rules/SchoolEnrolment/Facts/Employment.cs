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
}
