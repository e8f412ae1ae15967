using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>
/// An area's <c>area.yaml</c>: its id, what people call it and the words they use for it, the
/// documents it formalises, and the window its rules are in force (a rule class without its own
/// <c>[Effective]</c> inherits it).
/// </summary>
public sealed class AreaManifest
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The topic as the bot's menu shows it.</summary>
    public Localized Title { get; set; } = new();

    /// <summary>The policy as the bot names it when it says which round of rules it applies.</summary>
    public Localized Policy { get; set; } = new();

    public LocalizedWords Words { get; set; } = new();

    public PeriodEntry InForce { get; set; } = new();

    public List<SourceEntry> Sources { get; set; } = [];
}
