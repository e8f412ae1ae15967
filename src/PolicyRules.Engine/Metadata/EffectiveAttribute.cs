namespace PolicyRules.Engine.Metadata;

/// <summary>
/// The dates (yyyy-MM-dd, both included) on which the rule is in force. Either end may be omitted.
/// A rule outside its window does not fire for an evaluation as of that date.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EffectiveAttribute : Attribute
{
    public string? From { get; init; }

    public string? To { get; init; }
}
