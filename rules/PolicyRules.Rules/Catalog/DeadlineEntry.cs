using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>An entry of a policy timetable: what happens, from and to which dates (parameter names), where.</summary>
public sealed class DeadlineEntry
{
    public string Id { get; set; } = string.Empty;

    public Localized Text { get; set; } = new();

    /// <summary>Parameter holding the first (or only) date.</summary>
    public string? From { get; set; }

    /// <summary>Parameter holding the last date, for a period.</summary>
    public string? To { get; set; }

    public string? Office { get; set; }
}
