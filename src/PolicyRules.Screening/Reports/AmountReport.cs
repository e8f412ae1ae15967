namespace PolicyRules.Screening.Reports;

/// <summary>An amount, or the formula when a figure it needs is not configured.</summary>
public sealed record AmountReport(string Label, decimal? Value, string? Formula, string Unit, string? Period);
