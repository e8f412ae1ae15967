namespace PolicyRules.Engine.RuleModel;

/// <summary>What the attributes on a rule class say about it.</summary>
public sealed record RuleMetadata(
    string Name,
    string? Description,
    IReadOnlyList<string> Tags,
    int Priority,
    Citation? Citation,
    EffectivePeriod Effective,
    Type? RuleType)
{
    public bool IsTagged(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}
