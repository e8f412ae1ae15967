using NRules.RuleModel;

namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// One NRules rule definition as this engine compiled it: its metadata (NRules' own and our
/// attributes on the rule class), the left-hand side lowered into the elements the Rete network is
/// built from, the actions, and what the expressions tell about the rule (the inputs it reads, the
/// fact types it consumes and produces).
/// </summary>
public sealed class CompiledRule
{
    internal CompiledRule(
        RuleMetadata metadata, IRuleDefinition definition, IReadOnlyList<RuleElement> elements, IReadOnlyList<ActionElement> actions)
    {
        Metadata = metadata;
        Definition = definition;
        Elements = elements;
        Actions = actions;
        Inputs = DependencyAnalyzer.InputsOf(elements);
        ConsumedTypes = DependencyAnalyzer.ConsumedTypesOf(elements);
        Shape = DependencyAnalyzer.ShapeOf(elements);
        OutputTypes = DependencyAnalyzer.OutputTypesOf(actions);
    }

    public RuleMetadata Metadata { get; }

    /// <summary>The NRules definition this rule was compiled from (what an action's <c>ctx.Rule</c> returns).</summary>
    public IRuleDefinition Definition { get; }

    public string Name => Metadata.Name;

    public int Priority => Metadata.Priority;

    public Citation? Citation => Metadata.Citation;

    public EffectivePeriod Effective => Metadata.Effective;

    internal IReadOnlyList<RuleElement> Elements { get; }

    internal IReadOnlyList<ActionElement> Actions { get; }

    /// <summary>Every input the conditions read, found in the condition expression trees.</summary>
    public IReadOnlyList<VariableReference> Inputs { get; }

    /// <summary>The fact types the left-hand side matches (including inside exists, not and aggregates).</summary>
    public IReadOnlyList<Type> ConsumedTypes { get; }

    /// <summary>Each element of the left-hand side, in the order written (a rule failure's <c>MatchedElements</c> indexes it).</summary>
    public IReadOnlyList<ElementShape> Shape { get; }

    /// <summary>The fact types the actions insert or yield, found in the action expression trees.</summary>
    public IReadOnlyList<Type> OutputTypes { get; }

    public bool IsTagged(string tag) => Metadata.IsTagged(tag);

    public override string ToString() => Name;
}
