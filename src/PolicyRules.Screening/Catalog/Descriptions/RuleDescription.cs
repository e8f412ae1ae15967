using PolicyRules.Localization;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Catalog.Descriptions;

/// <summary>
/// A rule: its name, its [Description], the reason a report gives when it fires (texts.yaml, when the area words
/// one), the clause it cites and the programs it decides (its [Program] tags).
/// </summary>
public sealed record RuleDescription(
    string Name, string? Description, Localized? Text, CitationReport? Citation, IReadOnlyList<string> Programs);
