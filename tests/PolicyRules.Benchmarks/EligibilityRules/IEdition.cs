namespace PolicyRules.Benchmarks.EligibilityRules;

/// <summary>
/// A programme edition, as a type: each rule shape is a generic class <c>XxxRule&lt;TEdition&gt;</c>,
/// and closing it over <see cref="Edition0"/> … <see cref="Edition9"/> gives ten distinct rule classes.
/// </summary>
public interface IEdition
{
    static abstract int Index { get; }
}
