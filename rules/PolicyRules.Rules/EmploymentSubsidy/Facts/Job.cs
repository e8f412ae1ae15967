using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>The job a registered unemployed person was hired into (二(二), 二(三)).</summary>
public sealed class Job
{
    /// <summary>The employer is a labour-dispatch firm (劳务派遣企业).</summary>
    [Variable("job.dispatchFirm")]
    public Input<bool> DispatchFirm { get; set; }

    /// <summary>A post in 西城's property management, parking, security, sanitation, landscaping or residential services (二(三)).</summary>
    [Variable("job.servicePost")]
    public Input<bool> ServicePost { get; set; }

    /// <summary>The term of the labour contract, in months.</summary>
    [Variable("job.contractMonths")]
    public Input<int> ContractMonths { get; set; }

    /// <summary>How long the person has worked there, in months (稳定就业).</summary>
    [Variable("job.monthsEmployed")]
    public Input<int> MonthsEmployed { get; set; }

    /// <summary>The employer pays the employee's social insurance as required.</summary>
    [Variable("job.socialInsurance")]
    public Input<bool> SocialInsurance { get; set; }

    /// <summary>The monthly wage is at least 1.2 times the minimum wage (asked while the operator has not set the minimum wage).</summary>
    [Variable("job.wageAtLeastFloor")]
    public Input<bool> WageAtLeastFloor { get; set; }

    /// <summary>The monthly wage paid in full, in yuan (asked once the operator has set the minimum wage).</summary>
    [Variable("job.monthlyWage")]
    public Input<decimal> MonthlyWage { get; set; }
}
