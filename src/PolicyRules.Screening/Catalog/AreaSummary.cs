using PolicyRules.Localization;

namespace PolicyRules.Screening.Catalog;

/// <summary>A policy area as a host shows it: its titles, the words people use for it, and its programs.</summary>
public sealed record AreaSummary(string Id, Localized Title, Localized Policy, IReadOnlyList<string> Words, IReadOnlyList<string> Programs);
