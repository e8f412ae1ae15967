using System.Collections.Concurrent;
using System.Reflection;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening;

/// <summary>One instance of every input fact type, with the answers written into their Input&lt;T&gt; properties.</summary>
internal static class InputFacts
{
    private static readonly ConcurrentDictionary<Type, Func<Answer, object>> Inputs = new();
    private static readonly MethodInfo MakeInput = typeof(InputFacts).GetMethod(nameof(Make), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IReadOnlyList<object> Build(VariableRegistry variables, IEnumerable<Answer> answers)
    {
        var facts = variables.InputFactTypes.ToDictionary(t => t, t => Activator.CreateInstance(t)!);
        foreach (var answer in answers)
        {
            var variable = answer.Variable;
            var toInput = Inputs.GetOrAdd(variable.ValueType, t => MakeInput.MakeGenericMethod(t).CreateDelegate<Func<Answer, object>>());
            variable.Property.SetValue(facts[variable.FactType], toInput(answer));
        }

        return [.. facts.Values];
    }

    private static object Make<T>(Answer answer) =>
        answer.State == InputState.Known ? Input<T>.Known((T)answer.Value!) : Input<T>.Uncertain;
}
