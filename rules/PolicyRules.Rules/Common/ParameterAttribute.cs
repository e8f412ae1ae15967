namespace PolicyRules.Rules.Common;

/// <summary>Binds a property of an area's parameter class to the parameter file of that name.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ParameterAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
