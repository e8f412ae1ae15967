using System.Linq.Expressions;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// The convention for counts and sums, which NRules' query DSL has no operator for: collect the
/// facts, then project the collection to a number,
/// <c>.Collect().Select(c =&gt; c.Count())</c> or <c>.Collect().Select(c =&gt; c.Sum(f =&gt; f.Amount))</c>
/// (a decimal sum). NRules' runtime evaluates that as written; this engine recognises it and counts
/// or sums in its aggregate node, where a fact that only possibly matches is accounted for.
/// </summary>
internal static class CountOrSum
{
    /// <summary>The aggregate a Select over a collection stands for, with the summed value per fact; null if it is neither.</summary>
    public static (AggregateKind Kind, LambdaExpression? Summed)? Read(LambdaExpression selector, Declaration source, DeclarationTable declarations)
    {
        if (selector.Body is not MethodCallExpression { Method.DeclaringType: var type, Method.Name: var name, Arguments: var arguments }
            || type != typeof(Enumerable) || arguments.Count == 0 || arguments[0] != selector.Parameters[0])
        {
            return null;
        }

        return (name, arguments.Count) switch
        {
            (nameof(Enumerable.Count), 1) => (AggregateKind.Count, null),
            (nameof(Enumerable.Sum), 2) when arguments[1] is LambdaExpression { ReturnType: var result } summed && result == typeof(decimal) =>
                (AggregateKind.Sum, declarations.NestedCondition(selector, summed, source)),
            _ => null,
        };
    }
}
