using System.Linq.Expressions;

namespace PolicyRules.Engine.Fluent;

/// <summary>The actions of a rule.</summary>
public interface IRightHandSideExpression
{
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>Inserts the fact the expression builds, linked to the match (truth maintenance).</summary>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> fact)
        where TFact : notnull;
}
