using PolicyRules.Localization;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>A figure the policy names, with its dated values; <paramref name="Operator"/> when the text leaves it to the operator.</summary>
public sealed record ParameterDescription(
    string Name, string Description, Localized? Label, string Unit, bool Operator, IReadOnlyList<ParameterValueDescription> Values);
