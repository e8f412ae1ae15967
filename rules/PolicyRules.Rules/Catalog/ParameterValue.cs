namespace PolicyRules.Rules.Catalog;

/// <summary>One dated value of a parameter, and where it comes from.</summary>
public sealed class ParameterValue
{
    /// <summary>The value as written: a date (yyyy-MM-dd), a number, a text, or a list of those.</summary>
    public object? Value { get; set; }

    /// <summary>The clause that sets the value.</summary>
    public CitationEntry Reference { get; set; } = new();

    /// <summary>For a value an operator set: where it comes from and when it was published.</summary>
    public string? Source { get; set; }
}
