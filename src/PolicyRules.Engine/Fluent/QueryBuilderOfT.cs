using System.Linq.Expressions;
using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

/// <summary>
/// One immutable step of a query. Before an aggregate, <see cref="Where"/> adds source conditions;
/// after it, result conditions.
/// </summary>
internal sealed class QueryBuilder<TSource> : IQuery<TSource>, IAggregateSource
{
    private readonly string _ruleName;
    private readonly Type _factType;
    private readonly List<LambdaExpression> _sourceConditions;
    private readonly AggregateKind? _kind;
    private readonly LambdaExpression? _selector;
    private readonly List<LambdaExpression> _resultConditions;

    public QueryBuilder(string ruleName, Type factType, List<LambdaExpression> sourceConditions)
        : this(ruleName, factType, sourceConditions, null, null, [])
    {
    }

    private QueryBuilder(
        string ruleName, Type factType, List<LambdaExpression> sourceConditions, AggregateKind? kind,
        LambdaExpression? selector, List<LambdaExpression> resultConditions)
    {
        _ruleName = ruleName;
        _factType = factType;
        _sourceConditions = sourceConditions;
        _kind = kind;
        _selector = selector;
        _resultConditions = resultConditions;
    }

    public IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions) => _kind is null
        ? new QueryBuilder<TSource>(_ruleName, _factType, [.. _sourceConditions, .. conditions], null, null, [])
        : new QueryBuilder<TSource>(_ruleName, _factType, _sourceConditions, _kind, _selector, [.. _resultConditions, .. conditions]);

    public IQuery<IReadOnlyList<TSource>> Collect() => Aggregate<IReadOnlyList<TSource>>(AggregateKind.Collect, null);

    public IQuery<int> Count() => Aggregate<int>(AggregateKind.Count, null);

    public IQuery<decimal> Sum(Expression<Func<TSource, decimal>> selector) => Aggregate<decimal>(AggregateKind.Sum, selector);

    public RawElement ToRaw(MemberInfo alias, Type resultType)
    {
        if (_kind is null)
        {
            throw new RuleDefinitionException(_ruleName, "a query must end in Collect(), Count() or Sum().");
        }

        var source = new RawPattern(PatternKind.Match, _factType, null, _sourceConditions);
        return new RawAggregate(alias, resultType, source, _kind.Value, _selector, _resultConditions);
    }

    private QueryBuilder<TResult> Aggregate<TResult>(AggregateKind kind, LambdaExpression? selector)
    {
        if (_kind is not null)
        {
            throw new RuleDefinitionException(_ruleName, "a query can aggregate only once.");
        }

        return new QueryBuilder<TResult>(_ruleName, _factType, _sourceConditions, kind, selector, []);
    }
}
