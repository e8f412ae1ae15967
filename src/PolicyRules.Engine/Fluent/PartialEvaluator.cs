using System.Linq.Expressions;
using System.Reflection;

namespace PolicyRules.Engine.Fluent;

/// <summary>
/// Folds every sub-expression that reads no parameter (captured locals, <c>new DateOnly(...)</c>)
/// into a constant, once, when the rule is built. Conditions then compare like with like for
/// alpha-node sharing, and nothing captured is re-read per fact.
/// </summary>
internal static class PartialEvaluator
{
    public static Expression Evaluate(Expression expression)
    {
        var candidates = new CandidateFinder();
        candidates.Visit(expression);
        return new Folder(candidates.Evaluable).Visit(expression)!;
    }

    private static object? Value(Expression node) => node switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: FieldInfo field } member => field.GetValue(member.Expression is null ? null : Value(member.Expression)),
        MemberExpression { Member: PropertyInfo property } member => property.GetValue(member.Expression is null ? null : Value(member.Expression)),
        _ => Expression.Lambda(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true).DynamicInvoke(),
    };

    private sealed class Folder(HashSet<Expression> evaluable) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node)
        {
            if (node is null || node is ConstantExpression || !evaluable.Contains(node))
            {
                return base.Visit(node);
            }

            return Expression.Constant(Value(node), node.Type);
        }
    }

    /// <summary>Marks the nodes whose whole subtree is free of parameters.</summary>
    private sealed class CandidateFinder : ExpressionVisitor
    {
        private bool _readsParameter;

        public HashSet<Expression> Evaluable { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            if (node is null)
            {
                return null;
            }

            var outer = _readsParameter;
            _readsParameter = false;
            base.Visit(node);
            if (!_readsParameter && IsFoldable(node))
            {
                Evaluable.Add(node);
            }

            _readsParameter |= outer;
            return node;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _readsParameter = true;
            return node;
        }

        private static bool IsFoldable(Expression node) =>
            node.NodeType is not (ExpressionType.Lambda or ExpressionType.Quote) && node.Type != typeof(void);
    }
}
