using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>The words of an area: a reason text per rule (by rule name) and the notices rules may give.</summary>
public sealed class AreaTexts
{
    public Dictionary<string, Localized> Rules { get; set; } = [];

    public Dictionary<string, Localized> Notices { get; set; } = [];
}
