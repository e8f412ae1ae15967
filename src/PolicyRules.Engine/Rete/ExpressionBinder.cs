using System.Linq.Expressions;
using System.Reflection;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Binds model expressions to (token, fact): the element's own parameter reads the candidate fact,
/// every other declaration reads the token at that declaration's level. Bound conditions and
/// actions go into the network's <see cref="CompilationBatch"/>; the rarely used probes of
/// explanations are compiled on their own, on first use.
/// </summary>
internal sealed class ExpressionBinder
{
    public static readonly ParameterExpression TokenParameter = Expression.Parameter(typeof(Token), "token");
    public static readonly ParameterExpression FactParameter = Expression.Parameter(typeof(object), "fact");
    public static readonly ParameterExpression ContextParameter = Expression.Parameter(typeof(ActionContext), "ctx");

    private static readonly MethodInfo ValueAt = typeof(Token).GetMethod(nameof(Token.ValueAt))!;

    private readonly Dictionary<ParameterExpression, Expression> _substitutes = [];

    public ExpressionBinder(ParameterExpression? own, IReadOnlyDictionary<ParameterExpression, int> levels, CompilationBatch batch)
    {
        Batch = batch;
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

    public CompilationBatch Batch { get; }

    /// <summary>The body over the shared token and fact parameters.</summary>
    public Expression Bind(Expression body) => new Substitution(_substitutes).Visit(body)!;

    public Func<Token?, object, TResult> Compile<TResult>(Expression body)
    {
        var bound = Bind(body);
        if (bound.Type != typeof(TResult))
        {
            bound = Expression.Convert(bound, typeof(TResult));
        }

        return Expression.Lambda<Func<Token?, object, TResult>>(bound, TokenParameter, FactParameter).Compile();
    }

    /// <summary>An action body over the shared context and token parameters, returning the fact to yield (or null).</summary>
    public Expression BindAction(LambdaExpression action)
    {
        var substitutes = new Dictionary<ParameterExpression, Expression>(_substitutes) { [action.Parameters[0]] = ContextParameter };
        var body = new Substitution(substitutes).Visit(action.Body)!;
        return body.Type == typeof(void)
            ? Expression.Block(body, Expression.Constant(null))
            : Expression.Convert(body, typeof(object));
    }

    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> substitutes) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            substitutes.TryGetValue(node, out var substitute) ? substitute : node;
    }
}
