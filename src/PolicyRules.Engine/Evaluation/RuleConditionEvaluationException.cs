namespace PolicyRules.Engine.Evaluation;

/// <summary>A condition threw while it was evaluated: names the rule(s) and the expression.</summary>
public sealed class RuleConditionEvaluationException(IReadOnlyList<string> ruleNames, string expression, Exception inner)
    : Exception($"Rule '{string.Join("', '", ruleNames)}': condition {expression} failed: {inner.Message}", inner)
{
    public IReadOnlyList<string> RuleNames { get; } = ruleNames;

    public string Expression { get; } = expression;
}
