using System.Linq.Expressions;

namespace PolicyRules.Engine.Fluent;

internal sealed class LeftHandSideBuilder(RuleBuilder rule) : ILeftHandSideExpression
{
    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
    {
        rule.Add(new RawPattern(PatternKind.Match, typeof(TFact), rule.AliasMember(alias), conditions));
        return this;
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        rule.Add(new RawPattern(PatternKind.Match, typeof(TFact), null, conditions));
        return this;
    }

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        rule.Add(new RawPattern(PatternKind.Exists, typeof(TFact), null, conditions));
        return this;
    }

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
    {
        rule.Add(new RawPattern(PatternKind.Not, typeof(TFact), null, conditions));
        return this;
    }

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query)
    {
        var built = query(new QueryBuilder(rule.RuleName)) as IAggregateSource
            ?? throw new RuleDefinitionException(rule.RuleName, "a query must start with Match<T>() and end in Collect(), Count() or Sum().");
        rule.Add(built.ToRaw(rule.AliasMember(alias), typeof(TResult)));
        return this;
    }
}
