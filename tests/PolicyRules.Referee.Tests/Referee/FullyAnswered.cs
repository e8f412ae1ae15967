using System.Reflection;
using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>The referee's premise: NRules has no "unknown", so only facts whose every input is known can be compared.</summary>
internal static class FullyAnswered
{
    public static void Check(IEnumerable<object> facts)
    {
        var open = facts.SelectMany(f => InputsOf(f.GetType()).Where(p => StateOf(p, f) != InputState.Known).Select(p => $"{f.GetType().Name}.{p.Name}"))
            .ToArray();
        if (open.Length > 0)
        {
            throw new InvalidOperationException($"Not fully answered, cannot be refereed: {string.Join(", ", open)}.");
        }
    }

    private static IEnumerable<PropertyInfo> InputsOf(Type type) =>
        type.GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Input<>));

    private static InputState StateOf(PropertyInfo input, object fact) =>
        (InputState)input.PropertyType.GetProperty(nameof(Input<int>.State))!.GetValue(input.GetValue(fact))!;
}
