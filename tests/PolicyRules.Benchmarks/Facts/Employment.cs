using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Facts;

/// <summary>The job the applicant has taken up (the hire that the employment subsidies are about).</summary>
public sealed class Employment
{
    public required Applicant Person { get; init; }

    public required Employer Employer { get; init; }

    public Input<int> Months { get; set; }

    public Input<bool> HasLabourContract { get; set; }

    public Input<bool> SocialInsurancePaid { get; set; }

    public Input<decimal> MonthlyWage { get; set; }
}
