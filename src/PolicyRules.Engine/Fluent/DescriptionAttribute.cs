namespace PolicyRules.Engine.Fluent;

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DescriptionAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}
