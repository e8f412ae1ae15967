using System.Linq.Expressions;
using Nr = NRules.RuleModel;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// NRules.Fluent turns an alias into a declaration only in the elements after the one that binds it;
/// before that, a condition reads the local variable itself, which is still its default value. That
/// is always a mistake in the rule (a condition on <c>child</c> written before <c>Match(() =&gt; child)</c>),
/// so it is refused instead of compared with null.
/// </summary>
internal static class AliasBinding
{
    public static void RefuseUseBeforeBinding(Nr.IRuleDefinition definition)
    {
        var aliases = definition.LeftHandSide.Exports.Select(d => d.Name).Where(n => !DeclarationTable.IsGenerated(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var expression in Expressions(definition.LeftHandSide))
        {
            var finder = new CapturedAliasFinder(aliases);
            finder.Visit(expression);
            if (finder.Found is { } alias)
            {
                throw new RuleLoadException(definition.Name, $"'{alias}' is used before the pattern that binds it.");
            }
        }
    }

    private static IEnumerable<LambdaExpression> Expressions(Nr.RuleElement? element) => element switch
    {
        Nr.PatternElement pattern => pattern.Expressions.Select(e => e.Expression).Concat(Expressions(pattern.Source)),
        Nr.AggregateElement aggregate => aggregate.Expressions.Select(e => e.Expression).Concat(Expressions(aggregate.Source)),
        Nr.ExistsElement exists => Expressions(exists.Source),
        Nr.NotElement not => Expressions(not.Source),
        Nr.GroupElement group => group.ChildElements.SelectMany(Expressions),
        Nr.ExpressionElement expression => [expression.Expression],
        _ => [],
    };

    private sealed class CapturedAliasFinder(HashSet<string> aliases) : ExpressionVisitor
    {
        public string? Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is ConstantExpression && aliases.Contains(node.Member.Name))
            {
                Found ??= node.Member.Name;
            }

            return base.VisitMember(node);
        }
    }
}
