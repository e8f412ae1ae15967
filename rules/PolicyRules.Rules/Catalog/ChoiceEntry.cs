using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>One value of a choice variable: its label and the words people use for it.</summary>
public sealed class ChoiceEntry
{
    public string Value { get; set; } = string.Empty;

    public Localized Label { get; set; } = new();

    public List<string> Synonyms { get; set; } = [];
}
