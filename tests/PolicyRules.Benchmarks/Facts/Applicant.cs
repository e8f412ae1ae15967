using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Facts;

/// <summary>The person who asks. Every answer is an <see cref="Input{T}"/>: it may still be unknown.</summary>
public sealed class Applicant
{
    public required string Id { get; init; }

    /// <summary>The household the applicant belongs to (by reference, as the intake form links it).</summary>
    public Household? Household { get; init; }

    public Input<int> Age { get; set; }

    public Input<string> HukouDistrict { get; set; }

    /// <summary>Registered as unemployed with the district employment service when the application was made.</summary>
    public Input<bool> RegisteredUnemployed { get; set; }

    public Input<int> UnemployedMonths { get; set; }

    public Input<bool> Disabled { get; set; }

    /// <summary>Receives the urban minimum living allowance (低保).</summary>
    public Input<bool> ReceivesMinimumLivingAllowance { get; set; }

    public Input<bool> PlansToStartBusiness { get; set; }
}
