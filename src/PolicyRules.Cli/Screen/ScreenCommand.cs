using System.Runtime.CompilerServices;
using System.Text;
using PolicyRules.Localization;
using PolicyRules.Screening;
using PolicyRules.Screening.Batch;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Cli.Screen;

/// <summary>
/// <c>policyrules screen FILE</c>: a whole list of cases (CSV or JSON Lines) screened at once, one result row per
/// input row (CSV, JSON Lines or an .xlsx workbook), then the summary. A bad row is reported in its result row and
/// on stderr by its number; the rest are screened. Names and ID numbers never reach the output unless their column
/// is named with --key, and nothing of a row is written to stderr but its number and what was wrong.
/// </summary>
internal sealed class ScreenCommand(TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider time, bool showProgress)
{
    /// <summary>How many bad rows stderr names one by one; the results name them all.</summary>
    private const int BadRowsNamed = 20;

    public async Task<int> RunAsync(IReadOnlyList<string> args, Func<string?, ScreeningServices> servicesFor)
    {
        var options = ScreenOptions.Parse(args);
        var format = options.OutputFormat;
        if (format == ScreenFormat.Xlsx && options.Output is null)
        {
            throw new UsageException("--format xlsx needs --out FILE.xlsx: a workbook cannot go to standard output.");
        }

        var services = servicesFor(options.Parameters);
        var locale = options.Language ?? Locales.Chinese;
        CountingStream? file;
        try
        {
            file = options.Input == "-" ? null : new CountingStream(File.OpenRead(options.Input));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"Cannot read {options.Input}: {e.Message}");
            return 1;
        }

        using var text = file is null ? null : new StreamReader(file, Encoding.UTF8);
        await using var table = await OpenAsync(text ?? stdin, options, services.Variables);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var plan = ScreeningPlan.For(services.Catalog, table.Variables, options.Date, options.Language, today);
        var summary = new ScreeningSummary(plan);
        var badRows = new List<long>();
        var progress = showProgress ? new ScreenProgress(stderr, time, locale, file) : null;
        var screener = new BatchScreener(services.Eligibility, services.Variables, plan);
        var rows = Tally(screener.ScreenAsync(table.ReadRowsAsync(CancellationToken.None)), summary, badRows, progress);
        var columns = new ResultColumns(plan, options.Key);

        try
        {
            if (format == ScreenFormat.Xlsx)
            {
                // MiniExcel writes from an enumerable it pulls: on a thread of its own, so that waiting for the next row
                // never holds a pool thread the workers need.
                await Task.Factory.StartNew(() => XlsxResults.Save(options.Output!, columns, rows.ToBlockingEnumerable(), summary, locale),
                    CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
            else
            {
                await WriteAsync(rows, format, columns, options.Output);
            }

            progress?.Finish();
            await WriteSummaryAsync(summary, options.Summary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"The list could not be screened to the end: {e.Message}");
            return 1;
        }

        await stderr.WriteAsync(SummaryText.Of(summary, badRows, BadRowsNamed, locale));
        return 0;
    }

    private static async Task<ICaseTable> OpenAsync(TextReader text, ScreenOptions options, VariableRegistry variables)
    {
        var jsonLines = options.Input == "-" ? text.Peek() == '{' : Path.GetExtension(options.Input).ToLowerInvariant() is ".jsonl" or ".ndjson";
        return jsonLines
            ? await JsonLinesCaseTable.OpenAsync(text, variables, options.Key, CancellationToken.None)
            : await CsvCaseTable.OpenAsync(text, variables, options.Key, CancellationToken.None);
    }

    private static async IAsyncEnumerable<ScreenedRow> Tally(IAsyncEnumerable<ScreenedRow> rows, ScreeningSummary summary, List<long> badRows,
        ScreenProgress? progress, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            summary.Add(row);
            if (row.IsBad)
            {
                badRows.Add(row.Row);
            }

            progress?.Report(summary.Rows);
            yield return row;
        }
    }

    private async Task WriteAsync(IAsyncEnumerable<ScreenedRow> rows, ScreenFormat format, ResultColumns columns, string? path)
    {
        // A CSV file starts with a byte-order mark, so that a spreadsheet opens its Chinese as UTF-8.
        await using var file = path is null ? null : new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == ScreenFormat.Csv));
        var output = file ?? stdout;
        await using IScreeningWriter writer = format == ScreenFormat.JsonLines ? new JsonLinesScreeningWriter(output) : new CsvScreeningWriter(output, columns);
        await foreach (var row in rows)
        {
            await writer.WriteAsync(row, CancellationToken.None);
        }
    }

    /// <summary>The summary as JSON, or as CSV when the file's name ends in .csv.</summary>
    private static async Task WriteSummaryAsync(ScreeningSummary summary, string? path)
    {
        if (path is null)
        {
            return;
        }

        await using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            await SummaryTable.WriteCsvAsync(file, summary, CancellationToken.None);
        }
        else
        {
            await file.WriteLineAsync(ReportJson.Serialize(summary));
        }
    }
}
