using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Facts;

public sealed class Employer
{
    public required string Id { get; init; }

    public Input<string> District { get; set; }

    /// <summary>Classified as a small or micro enterprise.</summary>
    public Input<bool> SmallOrMicro { get; set; }

    public Input<int> Headcount { get; set; }
}
