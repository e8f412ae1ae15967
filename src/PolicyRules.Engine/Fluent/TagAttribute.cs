namespace PolicyRules.Engine.Fluent;

/// <summary>A tag used to sort rules into rule sets. Subclass it for strongly-typed tags.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public class TagAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}
