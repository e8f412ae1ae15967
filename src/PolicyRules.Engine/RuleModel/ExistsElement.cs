namespace PolicyRules.Engine.RuleModel;

/// <summary>Holds when at least one fact matches <see cref="Source"/>.</summary>
internal sealed class ExistsElement(PatternElement source) : RuleElement
{
    public PatternElement Source { get; } = source;
}
