using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>One value of a choice variable: its label and the words people use for it.</summary>
public sealed class ChoiceEntry
{
    public string Value { get; set; } = string.Empty;

    public Localized Label { get; set; } = new();

    public List<string> Synonyms { get; set; } = [];

    /// <summary>
    /// Phrases that state this choice in passing, in a message that is not an answer to its question (外地户口, 上一年级):
    /// the bot takes the fact from them rather than asking, and says what it understood.
    /// </summary>
    public List<string> Said { get; set; } = [];
}
