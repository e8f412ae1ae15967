using System.Linq.Expressions;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// A text key under which two single-fact conditions are the same condition: the same body with the
/// parameter renamed. A constant whose text does not identify its value (an arbitrary object) makes
/// the key unique, so such conditions are never shared by mistake.
/// </summary>
internal static class AlphaKey
{
    private static long _opaqueCount;

    public static string Of(LambdaExpression condition)
    {
        var canonical = Expression.Parameter(condition.Parameters[0].Type, "$");
        var body = new Rename(condition.Parameters[0], canonical).Visit(condition.Body)!;
        var opaque = new OpaqueConstantFinder();
        opaque.Visit(body);
        return $"{canonical.Type.FullName}|{body}{opaque.Suffix}";
    }

    private static bool HasValueText(object? value) =>
        value is null or string or decimal or DateOnly or DateTime or TimeSpan or Type || value.GetType().IsPrimitive || value.GetType().IsEnum;

    private sealed class Rename(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private sealed class OpaqueConstantFinder : ExpressionVisitor
    {
        public string Suffix { get; private set; } = string.Empty;

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (!HasValueText(node.Value))
            {
                Suffix += $"#{Interlocked.Increment(ref _opaqueCount)}";
            }

            return node;
        }
    }
}
