using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Screening.Variables;

/// <summary>One answered variable: a value, or "does not know" (<see cref="InputState.Uncertain"/>).</summary>
public sealed record Answer(VariableDefinition Variable, InputState State, object? Value)
{
    public static Answer Uncertain(VariableDefinition variable) => new(variable, InputState.Uncertain, null);

    public static Answer Known(VariableDefinition variable, object value) => new(variable, InputState.Known, value);
}
