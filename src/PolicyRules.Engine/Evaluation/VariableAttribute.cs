namespace PolicyRules.Engine.Evaluation;

/// <summary>
/// Gives an input property its stable dotted variable id (e.g. <c>child.birthDate</c>). Without it
/// the id is the camel-cased fact type name and property name.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class VariableAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
