namespace PolicyRules.Rules.Catalog;

/// <summary>
/// A figure a policy names (OpenFisca style): dated values, each with the clause that sets it.
/// A parameter whose text gives no figure has no values until an operator configures one.
/// </summary>
public sealed class ParameterEntry
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public SortedDictionary<DateOnly, ParameterValue> Values { get; set; } = [];

    public ParameterValue? ValueAt(DateOnly date) =>
        Values.Where(v => v.Key <= date).Select(v => v.Value).LastOrDefault();
}
