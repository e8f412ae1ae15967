using System.Linq.Expressions;

namespace PolicyRules.Engine.Fluent;

internal sealed class QueryBuilder(string ruleName) : IQuery
{
    public IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions) =>
        new QueryBuilder<TFact>(ruleName, typeof(TFact), [.. conditions]);
}
