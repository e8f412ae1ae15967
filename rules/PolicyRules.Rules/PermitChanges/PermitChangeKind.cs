using PolicyRules.Localization;

namespace PolicyRules.Rules.PermitChanges;

/// <summary>A kind of change the notice makes (cancelled, madeInternal, merged, partlyCancelled) and what it means.</summary>
public sealed class PermitChangeKind
{
    public const string Cancelled = "cancelled";
    public const string MadeInternal = "madeInternal";
    public const string Merged = "merged";
    public const string PartlyCancelled = "partlyCancelled";

    public Localized Label { get; set; } = new();

    /// <summary>Whether the item is still required, as a sentence; {mergedInto} and {kept} stand for the item's own words.</summary>
    public Localized Answer { get; set; } = new();

    /// <summary>The rule the notice's body sets for every item of this kind, quoted, if it sets one.</summary>
    public string? Rule { get; set; }
}
