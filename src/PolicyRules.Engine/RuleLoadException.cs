namespace PolicyRules.Engine;

/// <summary>
/// A rule the engine refuses to compile: the message names the rule and what is wrong, for example
/// an NRules construct the three-valued engine does not support (see docs/writing-rules.md).
/// </summary>
public sealed class RuleLoadException : Exception
{
    public RuleLoadException(string ruleName, string message, Exception? inner = null)
        : base($"Rule '{ruleName}': {message}", inner)
    {
        RuleName = ruleName;
    }

    public string RuleName { get; }
}
