namespace PolicyRules.Rules.Catalog;

/// <summary>A document number and a clause path, as written in a catalogue file.</summary>
public sealed class CitationEntry
{
    public string Document { get; set; } = string.Empty;

    public string Clause { get; set; } = string.Empty;

    public override string ToString() => $"{Document} {Clause}";
}
