using System.Linq.Expressions;
using System.Reflection;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Compiles model expressions into delegates over (token, fact): the element's own parameter reads
/// the candidate fact, every other declaration reads the token at that declaration's level.
/// </summary>
internal sealed class ExpressionBinder
{
    private static readonly MethodInfo ValueAt = typeof(Token).GetMethod(nameof(Token.ValueAt))!;
    private static readonly ParameterExpression TokenParameter = Expression.Parameter(typeof(Token), "token");
    private static readonly ParameterExpression FactParameter = Expression.Parameter(typeof(object), "fact");

    private readonly Dictionary<ParameterExpression, Expression> _substitutes = [];

    public ExpressionBinder(ParameterExpression? own, IReadOnlyDictionary<ParameterExpression, int> levels)
    {
        if (own is not null)
        {
            _substitutes[own] = Expression.Convert(FactParameter, own.Type);
        }

        foreach (var (parameter, level) in levels)
        {
            if (parameter != own)
            {
                _substitutes[parameter] = Expression.Convert(
                    Expression.Call(ValueAt, TokenParameter, Expression.Constant(level)), parameter.Type);
            }
        }
    }

    public Func<Token?, object, TResult> Compile<TResult>(Expression body)
    {
        var bound = new Substitution(_substitutes).Visit(body)!;
        if (bound.Type != typeof(TResult))
        {
            bound = Expression.Convert(bound, typeof(TResult));
        }

        return Expression.Lambda<Func<Token?, object, TResult>>(bound, TokenParameter, FactParameter).Compile();
    }

    /// <summary>Compiles an action body whose first parameter is the action context.</summary>
    public Func<TContext, Token, TResult> CompileAction<TContext, TResult>(LambdaExpression action)
    {
        var context = Expression.Parameter(typeof(TContext), "ctx");
        var substitutes = new Dictionary<ParameterExpression, Expression>(_substitutes) { [action.Parameters[0]] = context };
        Expression body = new Substitution(substitutes).Visit(action.Body)!;
        body = typeof(TResult) == typeof(object) && body.Type == typeof(void)
            ? Expression.Block(body, Expression.Constant(null))
            : Expression.Convert(body, typeof(TResult));
        return Expression.Lambda<Func<TContext, Token, TResult>>(body, context, TokenParameter).Compile();
    }

    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> substitutes) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            substitutes.TryGetValue(node, out var substitute) ? substitute : node;
    }
}
