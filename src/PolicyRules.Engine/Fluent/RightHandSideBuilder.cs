using System.Linq.Expressions;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

internal sealed class RightHandSideBuilder(RuleBuilder rule) : IRightHandSideExpression
{
    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        rule.Add(ActionKind.Do, action);
        return this;
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> fact)
        where TFact : notnull
    {
        rule.Add(ActionKind.Yield, fact);
        return this;
    }
}
