using System.Linq.Expressions;

namespace PolicyRules.Engine.Fluent;

/// <summary>
/// An aggregation query over matching facts. <see cref="Where"/> before an aggregate filters the
/// facts; after it, it sets the conditions the result must meet.
/// </summary>
public interface IQuery<TSource>
{
    IQuery<TSource> Where(params Expression<Func<TSource, bool>>[] conditions);

    IQuery<IReadOnlyList<TSource>> Collect();

    IQuery<int> Count();

    IQuery<decimal> Sum(Expression<Func<TSource, decimal>> selector);
}
