using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>A program of a policy area: what the report lists, with its title and the office that acts.</summary>
public sealed class ProgramEntry
{
    public string Id { get; set; } = string.Empty;

    public Localized Title { get; set; } = new();

    public string Office { get; set; } = string.Empty;

    public CitationEntry Citation { get; set; } = new();
}
