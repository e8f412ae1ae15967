using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.EmploymentSubsidy.Facts;

/// <summary>Who is asking: the first fork of the area, so that a job seeker is never asked an employer's questions.</summary>
public sealed class Enquirer
{
    /// <summary>A job seeker or founder, a retiree, an employer, or an organisation the text rewards.</summary>
    [Variable("enquirer.jobsRole")]
    public Input<JobsRole> Role { get; set; }
}
