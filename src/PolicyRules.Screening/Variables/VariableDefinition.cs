using System.Reflection;
using PolicyRules.Rules.Catalog;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// An input the rules read: where it lives (a property of an input fact), its type, how it is asked,
/// and the programs whose outcome it can influence.
/// </summary>
public sealed class VariableDefinition
{
    internal VariableDefinition(string id, string area, Type factType, PropertyInfo property, Type valueType, VariableKind kind,
        VariableEntry entry, IReadOnlyList<string> programs)
    {
        Id = id;
        Area = area;
        FactType = factType;
        Property = property;
        ValueType = valueType;
        Kind = kind;
        Entry = entry;
        Programs = programs;
    }

    public string Id { get; }

    public string Area { get; }

    public Type FactType { get; }

    public PropertyInfo Property { get; }

    /// <summary>The T of the property's Input&lt;T&gt;.</summary>
    public Type ValueType { get; }

    public VariableKind Kind { get; }

    public VariableEntry Entry { get; }

    public IReadOnlyList<string> Programs { get; }

    public IReadOnlyList<ChoiceEntry> Choices => Entry.Choices;

    public string TypeName => Kind.ToString().ToLowerInvariant();
}
