using NRules.Fluent.Dsl;

namespace PolicyRules.Rules;

/// <summary>The policy area a rule belongs to: an NRules tag (a strongly-typed one) that sorts rules into rule sets.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PolicyAttribute(string area) : TagAttribute(area)
{
    public string Area { get; } = area;
}
