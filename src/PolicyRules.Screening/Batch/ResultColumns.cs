using System.Globalization;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// A result row as a table row, for CSV and spreadsheets: <c>row</c>, the key column (only when one was named),
/// <c>errors</c>, then four columns per program: <c>&lt;program&gt;.status</c>, <c>.amounts</c>, <c>.missing</c>, <c>.reason</c>.
/// </summary>
public sealed class ResultColumns
{
    public const string Row = "row";
    public const string Errors = "errors";

    private readonly IReadOnlyList<string> _programs;

    public ResultColumns(ScreeningPlan plan, string? keyColumn)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _programs = [.. plan.Programs.Select(p => p.Id)];
        KeyColumn = keyColumn;
        Names = [Row, .. keyColumn is null ? Array.Empty<string>() : [keyColumn], Errors,
            .. _programs.SelectMany(p => new[] { $"{p}.status", $"{p}.amounts", $"{p}.missing", $"{p}.reason" })];
    }

    public string? KeyColumn { get; }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The row's cells, in the order of <see cref="Names"/>; a bad row has only its number, key and errors.</summary>
    public string[] Cells(ScreenedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = new string[Names.Count];
        var at = 0;
        cells[at++] = row.Row.ToString(CultureInfo.InvariantCulture);
        if (KeyColumn is not null)
        {
            cells[at++] = row.Key ?? string.Empty;
        }

        cells[at++] = string.Join("; ", row.Errors);
        var outcomes = row.Programs.ToDictionary(p => p.Id);
        foreach (var program in _programs)
        {
            var outcome = outcomes.GetValueOrDefault(program);
            cells[at++] = outcome?.Status ?? string.Empty;
            cells[at++] = outcome is null ? string.Empty : string.Join("; ", outcome.Amounts.Select(AmountText));
            cells[at++] = outcome is null ? string.Empty : string.Join(" ", outcome.Missing);
            cells[at++] = outcome?.Reason ?? string.Empty;
        }

        return cells;
    }

    /// <summary>"label: 3000 yuan (perMonth)", or the formula while a figure or an answer is missing.</summary>
    public static string AmountText(AmountReport amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        var figure = amount.Value is { } value ? $"{value.ToString(CultureInfo.InvariantCulture)} {amount.Unit}" : amount.Formula;
        return amount.Period is null ? $"{amount.Label}: {figure}" : $"{amount.Label}: {figure} ({amount.Period})";
    }
}
