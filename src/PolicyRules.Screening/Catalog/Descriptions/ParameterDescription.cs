using PolicyRules.Localization;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>
/// A figure the policy names, with its dated values; <paramref name="Operator"/> when the text leaves it to the operator,
/// <see cref="Actual"/> when it is each case's own figure, paid as it actually is (据实).
/// </summary>
public sealed record ParameterDescription(
    string Name, string Description, Localized? Label, string Unit, bool Operator, IReadOnlyList<ParameterValueDescription> Values)
{
    public bool Actual { get; init; }
}
