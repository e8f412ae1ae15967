using System.Globalization;
using System.Text.Json;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Screening.Text;

namespace PolicyRules.Screening.Variables;

/// <summary>One answered variable: a value, or "does not know" (<see cref="InputState.Uncertain"/>).</summary>
public sealed record Answer(VariableDefinition Variable, InputState State, object? Value)
{
    public bool IsKnown => State == InputState.Known;

    public static Answer Uncertain(VariableDefinition variable) => new(variable, InputState.Uncertain, null);

    public static Answer Known(VariableDefinition variable, object value) => new(variable, InputState.Known, value);

    /// <summary>The answer as a case file writes it (the inverse of <see cref="AnswerReader"/>): JSON text, or null for "does not know".</summary>
    public string? ToJson() => !IsKnown ? null : Value switch
    {
        bool b => b ? "true" : "false",
        DateOnly d => JsonSerializer.Serialize(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Enum e => JsonSerializer.Serialize(AnswerFormatter.ChoiceName(e)),
        var v => Convert.ToString(v, CultureInfo.InvariantCulture),
    };
}
