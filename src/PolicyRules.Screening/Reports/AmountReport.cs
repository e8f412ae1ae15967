namespace PolicyRules.Screening.Reports;

/// <summary>
/// An amount a program grants: its value, or — while a figure it needs is not set or an answer it
/// needs is not given — the formula, naming what is missing. <see cref="Period"/> is <c>oneOff</c>,
/// <c>perMonth</c>, <c>perYear</c> or <c>total</c>; <see cref="Years"/> caps how long it is paid.
/// </summary>
public sealed record AmountReport(
    string Id,
    string Label,
    decimal? Value,
    string? Formula,
    string Unit,
    string? Period,
    decimal? Years,
    CitationReport? Citation);
