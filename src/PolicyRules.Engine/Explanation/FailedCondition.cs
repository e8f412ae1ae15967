using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Explanation;

/// <summary>A condition that did not hold (false or unknown) for a candidate fact, with the values it saw.</summary>
public sealed record FailedCondition(string Expression, Truth Value, object? Fact, IReadOnlyList<ObservedValue> Values)
{
    public override string ToString() => $"{Expression} is {Value} ({string.Join(", ", Values)})";
}
