using System.Linq.Expressions;
using System.Reflection;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

/// <summary>
/// Records what <see cref="Rule.Define"/> says and turns it into the canonical
/// <see cref="RuleDefinition"/>: pattern aliases become declarations, and every captured alias in a
/// condition or action becomes a lambda parameter standing for that declaration.
/// </summary>
internal sealed class RuleBuilder
{
    private readonly RuleMetadata _metadata;
    private readonly List<RawElement> _elements = [];
    private readonly List<(ActionKind Kind, LambdaExpression Expression)> _actions = [];

    public RuleBuilder(RuleMetadata metadata, int declarationOrder)
    {
        _metadata = metadata;
        DeclarationOrder = declarationOrder;
        LeftHandSide = new LeftHandSideBuilder(this);
        RightHandSide = new RightHandSideBuilder(this);
    }

    public int DeclarationOrder { get; }

    public ILeftHandSideExpression LeftHandSide { get; }

    public IRightHandSideExpression RightHandSide { get; }

    public string RuleName => _metadata.Name;

    public void Add(RawElement element) => _elements.Add(element);

    public void Add(ActionKind kind, LambdaExpression expression) => _actions.Add((kind, expression));

    public MemberInfo AliasMember(LambdaExpression alias) =>
        alias.Body is MemberExpression { Expression: ConstantExpression, Member: FieldInfo field }
            ? field
            : throw new RuleDefinitionException(RuleName, $"the alias '{alias}' must name a local variable of Define(), as in Match(() => child, ...).");

    public RuleDefinition Build()
    {
        if (_elements.Count == 0)
        {
            throw new RuleDefinitionException(RuleName, "When() has no conditions.");
        }

        if (_actions.Count == 0)
        {
            throw new RuleDefinitionException(RuleName, "Then() has no actions.");
        }

        var scope = new DeclarationScope(RuleName, _elements.Where(e => e.Alias is not null).Select(e => e.Alias!));
        var elements = new List<RuleElement>(_elements.Count);
        for (var index = 0; index < _elements.Count; index++)
        {
            elements.Add(_elements[index].ToModel(scope, index));
        }

        var actions = _actions.Select(a => new ActionElement(a.Kind, scope.NormalizeAction(a.Expression))).ToArray();
        try
        {
            return new RuleDefinition(_metadata, elements, actions);
        }
        catch (InvalidOperationException e)
        {
            throw new RuleDefinitionException(RuleName, e.Message, e);
        }
    }
}
