using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>An office that handles a program, with the phone number the policy gives, if any.</summary>
public sealed class OfficeEntry
{
    public string Id { get; set; } = string.Empty;

    public Localized Name { get; set; } = new();

    public string? Phone { get; set; }

    /// <summary>The address, where the text gives one.</summary>
    public Localized? Address { get; set; }

    public CitationEntry Citation { get; set; } = new();
}
