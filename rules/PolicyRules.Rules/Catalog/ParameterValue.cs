namespace PolicyRules.Rules.Catalog;

public sealed class ParameterValue
{
    /// <summary>The value as written: a date (yyyy-MM-dd), a number, a text, or a list of those.</summary>
    public object? Value { get; set; }

    public CitationEntry Reference { get; set; } = new();
}
