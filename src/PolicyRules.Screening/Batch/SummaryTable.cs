using System.Globalization;
using nietras.SeparatedValues;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// A summary as one table, for CSV and a spreadsheet's summary sheet. Each row is of one <c>section</c>:
/// <c>rows</c> and <c>badRows</c> (the counts, in <c>rows</c>); <c>program</c> (its counts by status);
/// <c>amount</c> (<c>id</c> is program/amount: the total over the eligible rows with a figure, how many rows
/// have it, and how many only its formula); <c>missing</c> (a variable still needed, and in how many rows).
/// </summary>
public static class SummaryTable
{
    public static IReadOnlyList<string> Names { get; } =
        ["section", "id", "label", "eligible", "ineligible", "undetermined", "notApplicable", "total", "unit", "period", "rows", "rowsWithFormula"];

    /// <summary>The rows, each with one cell per name: text, a whole number or a decimal, or null for an empty cell.</summary>
    public static IEnumerable<object?[]> Rows(ScreeningSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        yield return Row("rows", rows: summary.Rows);
        yield return Row("badRows", rows: summary.BadRows);
        foreach (var program in summary.Programs)
        {
            yield return ["program", program.Id, program.Title, program.Eligible, program.Ineligible, program.Undetermined, program.NotApplicable,
                null, null, null, null, null];
            foreach (var amount in program.Amounts)
            {
                yield return ["amount", $"{program.Id}/{amount.Id}", amount.Label, null, null, null, null,
                    amount.Total, amount.Unit, amount.Period, amount.RowsWithValue, amount.RowsWithFormula];
            }
        }

        foreach (var missing in summary.MostOftenMissing)
        {
            yield return Row("missing", missing.Variable, missing.Rows);
        }
    }

    /// <summary>The table as CSV (Sep), header first.</summary>
    public static async Task WriteCsvAsync(TextWriter text, ScreeningSummary summary, CancellationToken cancellationToken)
    {
        await using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            foreach (var cells in Rows(summary))
            {
                await using var line = writer.NewRow(cancellationToken);
                for (var i = 0; i < cells.Length; i++)
                {
                    line[Names[i]].Set(Convert.ToString(cells[i], CultureInfo.InvariantCulture) ?? string.Empty);
                }
            }
        }

        await text.FlushAsync(cancellationToken);
    }

    private static object?[] Row(string section, string? id = null, long rows = 0) =>
        [section, id, null, null, null, null, null, null, null, null, rows, null];
}
