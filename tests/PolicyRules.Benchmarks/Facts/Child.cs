using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Facts;

public sealed class Child
{
    public required Applicant Parent { get; init; }

    public Input<DateOnly> BirthDate { get; set; }

    public Input<string> HukouDistrict { get; set; }
}
