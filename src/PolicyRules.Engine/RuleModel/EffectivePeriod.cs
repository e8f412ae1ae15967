namespace PolicyRules.Engine.RuleModel;

/// <summary>The dates on which a rule is in force, both ends included; an open end is unbounded.</summary>
public sealed record EffectivePeriod(DateOnly? From, DateOnly? To)
{
    public static EffectivePeriod Always { get; } = new(null, null);

    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    public override string ToString() => $"{From?.ToString("yyyy-MM-dd") ?? "…"} – {To?.ToString("yyyy-MM-dd") ?? "…"}";
}
