using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>A document a person may have to bring, and in what form (original, copy).</summary>
public sealed class DocumentEntry
{
    public string Id { get; set; } = string.Empty;

    public Localized Name { get; set; } = new();

    /// <summary>e.g. 原件及复印件 / original and copy; empty when the text does not say.</summary>
    public Localized? Form { get; set; }
}
