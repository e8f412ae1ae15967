namespace PolicyRules.Screening.Reports;

/// <summary>The report contract of ARCHITECTURE.md: one entry per program.</summary>
public sealed record Report(string Date, string Locale, string RuleSetVersion, IReadOnlyList<ProgramReport> Programs);
