using System.Linq.Expressions;
using NRules.RuleModel;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// Recognises the action NRules.Fluent generates for <c>Then().Yield(ctx =&gt; fact)</c>:
/// <code>
/// { var linked = (TFact)ctx.GetLinked("$linkedkey1$");
///   if (linked == null) ctx.InsertLinked("$linkedkey1$", fact);
///   else { linked = update(ctx, linked); ctx.UpdateLinked("$linkedkey1$", linked); } }
/// </code>
/// and gives back <c>fact</c>, the expression the rule author wrote. The engine re-derives linked
/// facts rather than updating them, so a Yield whose update expression differs from its insert
/// expression is refused, and so is anything shaped otherwise around <c>GetLinked</c>.
/// </summary>
internal static class YieldAction
{
    public static bool IsYield(LambdaExpression action) =>
        action.Body is BlockExpression { Expressions: [BinaryExpression { NodeType: ExpressionType.Assign, Right: var read }, ..] }
        && Unconvert(read) is MethodCallExpression { Method.Name: nameof(IContext.GetLinked) } call
        && call.Method.DeclaringType == typeof(IContext);

    /// <summary>The fact expression of a generated Yield action, or null with the reason it does not have the expected shape.</summary>
    public static Expression? FactOf(LambdaExpression action, out string? problem)
    {
        problem = null;
        if (action.Body is not BlockExpression
            {
                Variables: [var linked],
                Expressions: [_, ConditionalExpression
                {
                    Test: BinaryExpression { NodeType: ExpressionType.Equal, Left: var tested },
                    IfTrue: MethodCallExpression { Method.Name: nameof(IContext.InsertLinked), Arguments: [_, var inserted] },
                    IfFalse: BlockExpression { Expressions: [BinaryExpression { Right: InvocationExpression { Expression: LambdaExpression update } }, ..] },
                }],
            } || tested != linked)
        {
            problem = "a Yield action whose generated form is not the one NRules.Fluent 1.0.4 produces";
            return null;
        }

        var fact = Unconvert(inserted);
        if (update.Body.ToString() != fact.ToString())
        {
            problem = "Yield with a separate update expression (the engine re-derives a yielded fact instead of updating it)";
            return null;
        }

        return fact;
    }

    private static Expression Unconvert(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } convert ? convert.Operand : expression;
}
