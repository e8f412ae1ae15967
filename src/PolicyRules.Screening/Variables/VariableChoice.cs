using PolicyRules.Localization;

namespace PolicyRules.Screening.Variables;

/// <summary>One value of a choice variable: its JSON value, its label and the words people use for it.</summary>
public sealed record VariableChoice(string Value, Localized Label, IReadOnlyList<string> Synonyms);
