using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Facts;

/// <summary>One hire reported by an employer this year; <see cref="Person"/> is set when the hire is the applicant.</summary>
public sealed class Hire
{
    public required Employer Employer { get; init; }

    public Applicant? Person { get; init; }

    public Input<bool> FromDifficultyGroup { get; set; }

    public Input<int> ContractMonths { get; set; }
}
