using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The employer's hires (二, 五(一)).</summary>
public sealed class Hiring
{
    /// <summary>The employer is a labour-dispatch firm.</summary>
    [Variable("hiring.dispatchFirm")]
    public Input<bool> DispatchFirm { get; set; }

    /// <summary>就业困难人员 and 本区户籍的退役士兵、社会公益性就业组织安置人员、本市分流职工 hired outside the listed service posts.</summary>
    [Variable("hiring.higherTierHires")]
    public Input<int> HigherTierHires { get; set; }

    /// <summary>Other registered unemployed of 西城 and new graduates with 西城 hukou hired outside the listed service posts.</summary>
    [Variable("hiring.lowerTierHires")]
    public Input<int> LowerTierHires { get; set; }

    /// <summary>Registered unemployed of 西城 hired into the listed service posts in 西城.</summary>
    [Variable("hiring.servicePostHires")]
    public Input<int> ServicePostHires { get; set; }

    /// <summary>The term of the labour contracts, in months.</summary>
    [Variable("hiring.contractMonths")]
    public Input<int> ContractMonths { get; set; }

    /// <summary>Social insurance paid for them as required.</summary>
    [Variable("hiring.socialInsurance")]
    public Input<bool> SocialInsurance { get; set; }

    /// <summary>Their monthly wages are at least 1.2 times the minimum wage (asked while the operator has not set the minimum wage).</summary>
    [Variable("hiring.wageAtLeastFloor")]
    public Input<bool> WageAtLeastFloor { get; set; }

    /// <summary>The lowest monthly wage paid in full to any of them, in yuan (asked once the operator has set the minimum wage).</summary>
    [Variable("hiring.monthlyWage")]
    public Input<decimal> MonthlyWage { get; set; }

    /// <summary>Registered unemployed of 西城 hired this year, in all (二(四)).</summary>
    [Variable("hiring.unemployedHiredThisYear")]
    public Input<int> UnemployedHiredThisYear { get; set; }

    /// <summary>西城-hukou retirees engaged in the listed service posts (五(一)).</summary>
    [Variable("hiring.retireesEngaged")]
    public Input<int> RetireesEngaged { get; set; }

    /// <summary>The term of their service agreements, in months.</summary>
    [Variable("hiring.retireeAgreementMonths")]
    public Input<int> RetireeAgreementMonths { get; set; }
}
