using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>One action of a rule, compiled; a Yield returns the fact to insert linked.</summary>
internal sealed class CompiledAction(ActionKind kind, string text, Func<ActionContext, Token, object?> run)
{
    public ActionKind Kind { get; } = kind;

    public string Text { get; } = text;

    public Func<ActionContext, Token, object?> Run { get; } = run;
}
