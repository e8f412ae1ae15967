namespace PolicyRules.Engine.Fluent;

/// <summary>Higher priority fires first; equal priorities fire in rule-set order, then match order.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PriorityAttribute(int value) : Attribute
{
    public int Value { get; } = value;
}
