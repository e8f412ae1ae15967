namespace PolicyRules.Engine.Fluent;

/// <summary>A rule class that cannot be turned into a rule: the message names the rule and what is wrong.</summary>
public sealed class RuleDefinitionException : Exception
{
    public RuleDefinitionException(string ruleName, string message, Exception? inner = null)
        : base($"Rule '{ruleName}': {message}", inner)
    {
        RuleName = ruleName;
    }

    public string RuleName { get; }
}
