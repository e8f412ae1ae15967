using System.Linq.Expressions;

namespace PolicyRules.Engine.Compilation;

/// <summary>The free parameters of an expression, in order of first appearance.</summary>
internal sealed class ParameterCollector : ExpressionVisitor
{
    private readonly List<ParameterExpression> _found = [];
    private readonly HashSet<ParameterExpression> _bound = [];

    public static IReadOnlyList<ParameterExpression> Collect(Expression expression)
    {
        var collector = new ParameterCollector();
        collector.Visit(expression);
        return collector._found;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _bound.UnionWith(node.Parameters);
        return base.VisitLambda(node);
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_bound.Contains(node) && !_found.Contains(node))
        {
            _found.Add(node);
        }

        return node;
    }
}
