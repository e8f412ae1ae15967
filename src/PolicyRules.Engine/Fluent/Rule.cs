using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Fluent;

/// <summary>
/// Base class of every rule. Override <see cref="Define"/> and describe the rule declaratively with
/// <see cref="When"/> and <see cref="Then"/>; the engine reads the expressions, it never runs Define per fact.
/// </summary>
public abstract class Rule
{
    private RuleBuilder? _builder;

    public abstract void Define();

    protected ILeftHandSideExpression When() => Builder.LeftHandSide;

    protected IRightHandSideExpression Then() => Builder.RightHandSide;

    internal RuleDefinition Build(int declarationOrder)
    {
        var metadata = RuleMetadataReader.Read(GetType());
        _builder = new RuleBuilder(metadata, declarationOrder);
        try
        {
            Define();
            return _builder.Build();
        }
        finally
        {
            _builder = null;
        }
    }

    private RuleBuilder Builder =>
        _builder ?? throw new InvalidOperationException("When() and Then() can only be called from Define().");
}
