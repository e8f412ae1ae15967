using PolicyRules.Localization;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>A question the rules read: its id, type, wording (figures as of the area's date), choices and the programs it can change.</summary>
public sealed record VariableDescription(
    string Id, string Type, Localized Question, IReadOnlyList<VariableChoice> Choices, string? Unit, IReadOnlyList<string> Programs);
