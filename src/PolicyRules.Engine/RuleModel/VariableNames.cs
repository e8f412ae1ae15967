using System.Collections.Concurrent;
using System.Reflection;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.RuleModel;

/// <summary>The stable dotted id of an input property: its [Variable] id, or factType.property in camel case.</summary>
internal static class VariableNames
{
    private static readonly ConcurrentDictionary<PropertyInfo, VariableReference> Cache = new();

    public static bool IsInput(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Input<>);

    public static VariableReference Of(Type factType, PropertyInfo property) => Cache.GetOrAdd(property, p =>
    {
        var id = p.GetCustomAttribute<VariableAttribute>()?.Id ?? $"{Camel(p.DeclaringType?.Name ?? factType.Name)}.{Camel(p.Name)}";
        return new VariableReference(id, p.DeclaringType ?? factType, p.Name);
    });

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
