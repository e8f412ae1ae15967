using System.Linq.Expressions;

namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// One action of a rule's right-hand side: a lambda whose first parameter is the
/// NRules <see cref="NRules.RuleModel.IContext"/> and whose other parameters are declarations.
/// </summary>
internal sealed class ActionElement(ActionKind kind, LambdaExpression expression)
{
    public ActionKind Kind { get; } = kind;

    public LambdaExpression Expression { get; } = expression;
}
