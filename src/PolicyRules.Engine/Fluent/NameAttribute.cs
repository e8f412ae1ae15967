namespace PolicyRules.Engine.Fluent;

/// <summary>The rule's stable id, used in logs, tests and citations. Defaults to the class's full name.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NameAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}
