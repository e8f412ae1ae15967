using System.Linq.Expressions;
using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

internal sealed class RawAggregate(
    MemberInfo alias, Type resultType, RawPattern source, AggregateKind kind, LambdaExpression? selector,
    IReadOnlyList<LambdaExpression> resultConditions)
    : RawElement(alias)
{
    public override RuleElement ToModel(DeclarationScope scope, int index)
    {
        var pattern = source.ToPattern(scope, index);
        var sum = selector is null ? null : scope.NormalizeCondition(selector, pattern.Bound);
        var result = scope.Declare(Alias, resultType, $"$aggregate{index}");
        var conditions = resultConditions.Select(c => scope.NormalizeCondition(c, result)).ToArray();
        scope.Bind(Alias, result);
        return new AggregateElement(result, pattern, kind, sum, conditions);
    }
}
