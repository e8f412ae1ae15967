using System.Linq.Expressions;

namespace PolicyRules.Engine.Fluent;

/// <summary>The conditions of a rule, written as in NRules.</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches a fact and binds it to the local variable named by <paramref name="alias"/>.</summary>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Matches a fact without naming it.</summary>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions);

    /// <summary>Aggregates matching facts (collect, count, sum) and binds the result.</summary>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> query);
}
