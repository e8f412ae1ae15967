namespace PolicyRules.Engine.RuleModel;

/// <summary>Holds when no fact matches <see cref="Source"/>.</summary>
public sealed class NotElement(PatternElement source) : RuleElement
{
    public PatternElement Source { get; } = source;
}
