using System.Linq.Expressions;
using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

/// <summary>
/// The declarations bound so far while a rule is built, and the rewriting of condition and action
/// lambdas into the model's form: captured aliases become declaration parameters, captured values
/// become constants.
/// </summary>
internal sealed class DeclarationScope(string ruleName, IEnumerable<MemberInfo> allAliases)
{
    private readonly HashSet<MemberInfo> _allAliases = [.. allAliases];
    private readonly Dictionary<MemberInfo, Declaration> _bound = [];

    public Declaration Declare(MemberInfo? alias, Type type, string generatedName)
    {
        if (alias is not null && _bound.ContainsKey(alias))
        {
            throw new RuleDefinitionException(ruleName, $"'{alias.Name}' is bound twice.");
        }

        return new Declaration(alias?.Name ?? generatedName, type);
    }

    public void Bind(MemberInfo? alias, Declaration declaration)
    {
        if (alias is not null)
        {
            _bound[alias] = declaration;
        }
    }

    /// <summary>Rewrites <c>x =&gt; …</c> so that x is <paramref name="own"/> and aliases are declarations.</summary>
    public LambdaExpression NormalizeCondition(LambdaExpression condition, Declaration own)
    {
        var body = new AliasRewriter(this, condition.Parameters[0], own.Parameter).Visit(condition.Body);
        return MakeLambda(PartialEvaluator.Evaluate(body), own.Parameter);
    }

    /// <summary>Rewrites <c>ctx =&gt; …</c>, keeping ctx as the first parameter.</summary>
    public LambdaExpression NormalizeAction(LambdaExpression action)
    {
        var body = new AliasRewriter(this, null, null).Visit(action.Body);
        return MakeLambda(PartialEvaluator.Evaluate(body, capturedValuesOnly: true), action.Parameters[0]);
    }

    private static LambdaExpression MakeLambda(Expression body, ParameterExpression first)
    {
        var parameters = new List<ParameterExpression> { first };
        foreach (var parameter in ParameterCollector.Collect(body))
        {
            if (!parameters.Contains(parameter))
            {
                parameters.Add(parameter);
            }
        }

        return Expression.Lambda(body, parameters);
    }

    private Expression Resolve(MemberExpression node)
    {
        if (_bound.TryGetValue(node.Member, out var declaration))
        {
            return declaration.Parameter;
        }

        if (_allAliases.Contains(node.Member))
        {
            throw new RuleDefinitionException(ruleName, $"'{node.Member.Name}' is used before the pattern that binds it.");
        }

        return node;
    }

    private sealed class AliasRewriter(DeclarationScope scope, ParameterExpression? from, ParameterExpression? to)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to! : base.VisitParameter(node);

        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression is ConstantExpression ? scope.Resolve(node) : base.VisitMember(node);
    }
}
