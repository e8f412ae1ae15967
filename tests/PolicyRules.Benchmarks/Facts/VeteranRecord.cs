using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Facts;

public sealed class VeteranRecord
{
    public required Applicant Person { get; init; }

    public Input<int> ServiceYears { get; set; }

    /// <summary>"Private", "Sergeant" or "Officer".</summary>
    public Input<string> Rank { get; set; }

    public Input<DateOnly> DischargeDate { get; set; }

    public Input<bool> HonourableDischarge { get; set; }
}
