using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>One action of a rule, compiled in the network's batch; a Yield returns the fact to insert linked.</summary>
internal sealed class CompiledAction
{
    private Func<int, ActionContext, Token, object?> _run = null!;
    private int _slot;

    public CompiledAction(ActionKind kind, string text, ExpressionBinder binder, System.Linq.Expressions.LambdaExpression action)
    {
        Kind = kind;
        Text = text;
        binder.Batch.AddAction(binder.BindAction(action), (method, slot) => (_run, _slot) = (method, slot));
    }

    public ActionKind Kind { get; }

    public string Text { get; }

    public object? Run(ActionContext context, Token token) => _run(_slot, context, token);
}
