using PolicyRules.Localization;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// One value of a choice variable: its JSON value, its label, the words people use for it in an answer, and the phrases
/// that state it in passing (<see cref="Said"/>).
/// </summary>
public sealed record VariableChoice(string Value, Localized Label, IReadOnlyList<string> Synonyms, IReadOnlyList<string> Said);
