using MiniExcelLibs;
using PolicyRules.Localization;
using PolicyRules.Screening.Batch;

namespace PolicyRules.Cli.Screen;

/// <summary>
/// The results as an .xlsx workbook (written with MiniExcel, row by row as they come): a results sheet in the columns
/// of <see cref="ResultColumns"/> and, once every row is in, a summary sheet (<see cref="SummaryTable"/>).
/// </summary>
internal static class XlsxResults
{
    /// <summary>A worksheet's rows (1,048,576) less its header row.</summary>
    public const int MaxRows = 1_048_575;

    public static string ResultsSheet(string locale) => Locales.IsEnglish(locale) ? "results" : "筛查结果";

    public static string SummarySheet(string locale) => Locales.IsEnglish(locale) ? "summary" : "汇总";

    public static void Save(string path, ResultColumns columns, IEnumerable<ScreenedRow> rows, ScreeningSummary summary, string locale)
    {
        var sheets = new Dictionary<string, object>
        {
            [ResultsSheet(locale)] = Results(columns, rows),
            [SummarySheet(locale)] = Summary(summary),
        };
        MiniExcel.SaveAs(path, sheets, overwriteFile: true);
    }

    private static IEnumerable<IDictionary<string, object?>> Results(ResultColumns columns, IEnumerable<ScreenedRow> rows)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (++count > MaxRows)
            {
                throw new UsageException($"An .xlsx sheet holds at most {MaxRows:N0} rows; write a list this long with --format csv or jsonl.");
            }

            var cells = columns.Cells(row);
            var line = new Dictionary<string, object?>(cells.Length) { [ResultColumns.Row] = row.Row };
            for (var i = 1; i < cells.Length; i++)
            {
                line[columns.Names[i]] = cells[i];
            }

            yield return line;
        }
    }

    /// <summary>Enumerated only after the results sheet is written, when the summary is complete.</summary>
    private static IEnumerable<IDictionary<string, object?>> Summary(ScreeningSummary summary) =>
        SummaryTable.Rows(summary).Select(cells => (IDictionary<string, object?>)SummaryTable.Names.Select((name, i) => (name, cells[i])).ToDictionary(c => c.name, c => c.Item2));
}
