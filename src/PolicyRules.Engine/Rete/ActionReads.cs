using System.Linq.Expressions;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Which declarations an action looks inside. An action that only hands a matched fact on (as a
/// constructor argument of the fact it yields) produces the same result whatever that fact's inputs
/// are, so an update of the fact need not fire the rule again.
/// </summary>
internal sealed class ActionReads : ExpressionVisitor
{
    private readonly HashSet<ParameterExpression> _read = [];

    public static bool[] ByLevel(IEnumerable<LambdaExpression> actions, IReadOnlyDictionary<ParameterExpression, int> levels, int levelCount)
    {
        var finder = new ActionReads();
        foreach (var action in actions)
        {
            finder.Visit(action.Body);
        }

        var result = new bool[levelCount];
        foreach (var (parameter, level) in levels)
        {
            result[level] = finder._read.Contains(parameter);
        }

        return result;
    }

    protected override Expression VisitNew(NewExpression node)
    {
        foreach (var argument in node.Arguments.Where(a => a is not ParameterExpression))
        {
            Visit(argument);
        }

        return node;
    }

    protected override MemberAssignment VisitMemberAssignment(MemberAssignment node)
    {
        if (node.Expression is not ParameterExpression)
        {
            Visit(node.Expression);
        }

        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        _read.Add(node);
        return node;
    }
}
