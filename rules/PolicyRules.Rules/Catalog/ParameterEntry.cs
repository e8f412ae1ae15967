using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>
/// A figure a policy names (OpenFisca style): dated values, each with the clause that sets it.
/// A parameter whose text gives no figure has no values until an operator configures one.
/// </summary>
public sealed class ParameterEntry
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    /// <summary>What the figure is called in a formula shown to a person; the description when not given.</summary>
    public Localized? Label { get; set; }

    /// <summary>
    /// The text depends on this figure without giving it (a year's minimum wage, say): it has no value
    /// until an operator sets one, with its source, in the operator's parameter file.
    /// </summary>
    public bool Operator { get; set; }

    /// <summary>
    /// The text pays on this figure as it actually is in each case (据实: a loan's own interest rate), so it never has a
    /// value here, not even an operator's: a formula that uses it always shows it by its label.
    /// </summary>
    public bool Actual { get; set; }

    public string Unit { get; set; } = string.Empty;

    public SortedDictionary<DateOnly, ParameterValue> Values { get; set; } = [];

    public ParameterValue? ValueAt(DateOnly date) =>
        Values.Where(v => v.Key <= date).Select(v => v.Value).LastOrDefault();

    /// <summary>
    /// The value rules and texts read on <paramref name="date"/>. Before the first dated value a figure of the
    /// text reads as its first value (the rules that use it are not in force yet, so it decides nothing), but an
    /// operator's figure reads as not set: its first value was published for a later date, not for this one.
    /// </summary>
    public ParameterValue? ValueToRead(DateOnly date) =>
        ValueAt(date) ?? (Operator ? null : Values.Values.FirstOrDefault());

    /// <summary>The date the value read on <paramref name="date"/> applies from.</summary>
    public DateOnly? InForceFrom(DateOnly date) =>
        ValueToRead(date) is null ? null : Values.Keys.LastOrDefault(from => from <= date, Values.Keys.First());
}
