using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Evaluation;

/// <summary>An input of a particular fact that is not known, and whose answer could change a result.</summary>
public sealed record MissingInput(VariableReference Variable, object Fact, InputState State)
{
    public string VariableId => Variable.Id;

    public override string ToString() => State == InputState.Uncertain ? $"{Variable.Id} (uncertain)" : Variable.Id;
}
