using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>
/// A reading chosen where the text is ambiguous, with the alternative and the reason. When a case
/// sits exactly on the boundary (<see cref="Variable"/> equals <see cref="Parameter"/>), the
/// explanation says the result depends on this reading.
/// </summary>
public sealed class InterpretationEntry
{
    public string Id { get; set; } = string.Empty;

    public string Area { get; set; } = string.Empty;

    public CitationEntry Citation { get; set; } = new();

    public string Text { get; set; } = string.Empty;

    public Localized Reading { get; set; } = new();

    public Localized Alternative { get; set; } = new();

    public string Reason { get; set; } = string.Empty;

    public string? Variable { get; set; }

    public string? Parameter { get; set; }
}
