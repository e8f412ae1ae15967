namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// The canonical, analysable form of one rule: metadata, left-hand side, actions, and what the
/// engine derived from the expressions (the inputs the rule reads, the fact types it produces).
/// </summary>
public sealed class RuleDefinition
{
    internal RuleDefinition(
        RuleMetadata metadata, IReadOnlyList<RuleElement> elements, IReadOnlyList<ActionElement> actions)
    {
        Metadata = metadata;
        Elements = elements;
        Actions = actions;
        Inputs = DependencyAnalyzer.InputsOf(elements);
        ConsumedTypes = DependencyAnalyzer.ConsumedTypesOf(elements);
        OutputTypes = DependencyAnalyzer.OutputTypesOf(actions);
    }

    public RuleMetadata Metadata { get; }

    public string Name => Metadata.Name;

    public int Priority => Metadata.Priority;

    public Citation? Citation => Metadata.Citation;

    public EffectivePeriod Effective => Metadata.Effective;

    public IReadOnlyList<RuleElement> Elements { get; }

    public IReadOnlyList<ActionElement> Actions { get; }

    /// <summary>Every input the conditions read, found in the condition expression trees.</summary>
    public IReadOnlyList<VariableReference> Inputs { get; }

    /// <summary>The fact types the left-hand side matches (including inside exists, not and aggregates).</summary>
    public IReadOnlyList<Type> ConsumedTypes { get; }

    /// <summary>The fact types the actions insert or yield, found in the action expression trees.</summary>
    public IReadOnlyList<Type> OutputTypes { get; }

    public bool IsTagged(string tag) => Metadata.Tags.Contains(tag, StringComparer.Ordinal);

    public override string ToString() => Name;
}
