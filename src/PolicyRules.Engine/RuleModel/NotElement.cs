namespace PolicyRules.Engine.RuleModel;

/// <summary>Holds when no fact matches <see cref="Source"/>.</summary>
internal sealed class NotElement(PatternElement source) : RuleElement
{
    public PatternElement Source { get; } = source;
}
