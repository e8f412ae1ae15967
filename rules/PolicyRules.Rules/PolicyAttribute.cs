using PolicyRules.Engine.Fluent;

namespace PolicyRules.Rules;

/// <summary>The policy area a rule belongs to: a strongly-typed tag that sorts rules into rule sets.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PolicyAttribute(string area) : TagAttribute(area)
{
    public string Area => Value;
}
