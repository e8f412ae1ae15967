namespace PolicyRules.Rules.Catalog;

/// <summary>A document an area formalises: its number, title, issuer, date and the window it is in force.</summary>
public sealed class SourceEntry
{
    public string Document { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Issuer { get; set; } = string.Empty;

    public string Date { get; set; } = string.Empty;

    public PeriodEntry InForce { get; set; } = new();
}
