using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Explanation;

/// <summary>A condition that did not hold (false or unknown) for a candidate fact, with the values it saw.</summary>
public sealed record FailedCondition(string Expression, Truth Value, object? Fact, IReadOnlyList<ObservedValue> Values)
{
    /// <summary>The inputs the condition reads, so a caller can show the person's own answers.</summary>
    public IReadOnlyList<VariableReference> Variables { get; init; } = [];

    public override string ToString() => $"{Expression} is {Value} ({string.Join(", ", Values)})";
}
