namespace PolicyRules.Engine.Evaluation;

/// <summary>An action threw while a rule fired: names the rule and the expression.</summary>
public sealed class RuleActionEvaluationException(string ruleName, string expression, Exception inner)
    : Exception($"Rule '{ruleName}': action {expression} failed: {inner.Message}", inner)
{
    public string RuleName { get; } = ruleName;

    public string Expression { get; } = expression;
}
