using System.Linq.Expressions;

namespace PolicyRules.Engine.Fluent;

/// <summary>The start of an aggregation query.</summary>
public interface IQuery
{
    IQuery<TFact> Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);
}
