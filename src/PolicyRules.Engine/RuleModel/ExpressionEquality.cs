using System.Linq.Expressions;

namespace PolicyRules.Engine.RuleModel;

internal static class ExpressionEquality
{
    /// <summary>Structural equality good enough for small owner expressions such as <c>child</c> or <c>g.Child</c>.</summary>
    public static bool AreEqual(Expression left, Expression right) =>
        left == right || (left.Type == right.Type && left.ToString() == right.ToString());
}
