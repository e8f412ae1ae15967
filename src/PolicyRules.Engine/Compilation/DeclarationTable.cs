using System.Linq.Expressions;
using System.Text.RegularExpressions;
using PolicyRules.Engine.RuleModel;
using NrDeclaration = NRules.RuleModel.Declaration;

namespace PolicyRules.Engine.Compilation;

/// <summary>
/// The declarations of one rule, and the rewriting of the lambdas of NRules' model into the engine's
/// form. NRules gives every lambda its own parameters and matches them to declarations by name; the
/// engine wants one <see cref="ParameterExpression"/> per declaration, shared by every expression
/// that reads it, with the element's own fact first. Names NRules generates for anonymous patterns
/// (<c>$var12$</c>, from a counter global to the process, and <c>$this$</c>) are replaced by names
/// that depend only on the element's position, so that the same rule always reads the same.
/// </summary>
internal sealed partial class DeclarationTable(string ruleName)
{
    private readonly Dictionary<string, Declaration> _bound = new(StringComparer.Ordinal);

    public static bool IsGenerated(string name) => name == "$this$" || GeneratedName().IsMatch(name);

    public Declaration Declare(NrDeclaration declaration, string positionalName) =>
        new(IsGenerated(declaration.Name) ? positionalName : declaration.Name, declaration.Type);

    /// <summary>Makes <paramref name="declaration"/> visible, under its NRules name, to the elements and actions that follow.</summary>
    public void Bind(NrDeclaration nrules, Declaration declaration) => _bound[nrules.Name] = declaration;

    /// <summary>A condition on <paramref name="own"/>'s fact: <c>(own, declarations it reads…) =&gt; body</c>, captured values folded.</summary>
    public LambdaExpression Condition(LambdaExpression condition, NrDeclaration nrOwn, Declaration own)
    {
        var body = Rebind(condition.Body, condition.Parameters, p => p.Name == nrOwn.Name ? own.Parameter : Resolve(p));
        return MakeLambda(Fold(body, capturedValuesOnly: false), own.Parameter);
    }

    /// <summary>
    /// An expression nested in <paramref name="outer"/> (a Sum selector's own lambda, say) whose
    /// <paramref name="inner"/> parameter stands for <paramref name="own"/>'s fact.
    /// </summary>
    public LambdaExpression NestedCondition(LambdaExpression outer, LambdaExpression inner, Declaration own)
    {
        var body = Rebind(inner.Body, [inner.Parameters[0]], _ => own.Parameter);
        body = Rebind(body, outer.Parameters.Skip(1), Resolve);
        return MakeLambda(Fold(body, capturedValuesOnly: false), own.Parameter);
    }

    /// <summary>An action body: <c>(ctx, declarations it reads…) =&gt; body</c>, captured values folded.</summary>
    public LambdaExpression Action(LambdaExpression action, Expression body)
    {
        var context = action.Parameters[0];
        var rebound = Rebind(body, action.Parameters.Skip(1), Resolve);
        return MakeLambda(Fold(rebound, capturedValuesOnly: true), context);
    }

    private Expression Fold(Expression body, bool capturedValuesOnly)
    {
        try
        {
            return PartialEvaluator.Evaluate(body, capturedValuesOnly);
        }
        catch (Exception e) when (e is not RuleLoadException)
        {
            var cause = e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new RuleLoadException(ruleName, $"the captured values in {body} could not be read: {cause.Message}", cause);
        }
    }

    private ParameterExpression Resolve(ParameterExpression parameter) =>
        _bound.TryGetValue(parameter.Name ?? string.Empty, out var declaration) && declaration.Type == parameter.Type
            ? declaration.Parameter
            : throw new RuleLoadException(ruleName, $"an expression reads '{parameter.Name}', which no earlier pattern binds.");

    private static Expression Rebind(Expression body, IEnumerable<ParameterExpression> parameters, Func<ParameterExpression, ParameterExpression> replace)
    {
        var map = parameters.ToDictionary(p => p, replace);
        return new ParameterReplacer(map).Visit(body)!;
    }

    private static LambdaExpression MakeLambda(Expression body, ParameterExpression first)
    {
        var parameters = new List<ParameterExpression> { first };
        parameters.AddRange(ParameterCollector.Collect(body).Where(p => p != first));
        return Expression.Lambda(body, parameters);
    }

    [GeneratedRegex(@"^\$var\d+\$$")]
    private static partial Regex GeneratedName();

    private sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, ParameterExpression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
