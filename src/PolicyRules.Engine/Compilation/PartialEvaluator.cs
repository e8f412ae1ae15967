using System.Linq.Expressions;
using System.Reflection;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// Folds sub-expressions that read no parameter into constants, once, when the rule is built, so
/// that conditions compare like with like for alpha-node sharing and nothing captured is re-read
/// per fact. In conditions anything but the creation of an object is folded (<c>new DateOnly(...)</c>
/// and captured values are; a <c>new List&lt;T&gt;()</c> is not, lest one instance be shared). In
/// actions only captured values are folded: an action must build a new fact each time it fires.
/// </summary>
internal static class PartialEvaluator
{
    public static Expression Evaluate(Expression expression, bool capturedValuesOnly = false)
    {
        var candidates = new CandidateFinder(capturedValuesOnly);
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
    private sealed class CandidateFinder(bool capturedValuesOnly) : ExpressionVisitor
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

        private bool IsFoldable(Expression node)
        {
            if (node.NodeType is ExpressionType.Lambda or ExpressionType.Quote || node.Type == typeof(void))
            {
                return false;
            }

            if (capturedValuesOnly)
            {
                return IsCapturedValue(node);
            }

            var createsObject = node.NodeType is ExpressionType.New or ExpressionType.MemberInit or ExpressionType.ListInit
                or ExpressionType.NewArrayInit or ExpressionType.NewArrayBounds;
            return !(createsObject && !node.Type.IsValueType);
        }

        private static bool IsCapturedValue(Expression node) => node switch
        {
            ConstantExpression => true,
            MemberExpression { Expression: null } => true,
            MemberExpression member => IsCapturedValue(member.Expression),
            _ => false,
        };
    }
}
