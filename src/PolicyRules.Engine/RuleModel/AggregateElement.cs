using System.Linq.Expressions;

namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// Folds the facts that match <see cref="Source"/> into one result (a collection, a count or a sum),
/// binds it to <see cref="Result"/>, and holds when every result condition holds.
/// </summary>
internal sealed class AggregateElement : RuleElement
{
    internal AggregateElement(
        Declaration result, PatternElement source, AggregateKind kind, LambdaExpression? selector,
        IReadOnlyList<LambdaExpression> resultConditions)
    {
        Result = result;
        Source = source;
        Kind = kind;
        Selector = selector;
        ResultConditions = resultConditions;
    }

    public override Declaration? Declaration => Result;

    public Declaration Result { get; }

    public PatternElement Source { get; }

    public AggregateKind Kind { get; }

    /// <summary>For <see cref="AggregateKind.Sum"/>: the value summed for each matching fact.</summary>
    public LambdaExpression? Selector { get; }

    public IReadOnlyList<LambdaExpression> ResultConditions { get; }
}
