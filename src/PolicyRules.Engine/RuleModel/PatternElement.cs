using System.Linq.Expressions;

namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// A match of one fact of <see cref="FactType"/>. Each condition is a lambda whose first parameter
/// is the fact and whose other parameters are earlier declarations.
/// </summary>
internal sealed class PatternElement : RuleElement
{
    internal PatternElement(Declaration declaration, IReadOnlyList<LambdaExpression> conditions)
    {
        Bound = declaration;
        Conditions = conditions;
    }

    public override Declaration? Declaration => Bound;

    /// <summary>The fact's own declaration (anonymous patterns get a generated name).</summary>
    public Declaration Bound { get; }

    public Type FactType => Bound.Type;

    public IReadOnlyList<LambdaExpression> Conditions { get; }
}
