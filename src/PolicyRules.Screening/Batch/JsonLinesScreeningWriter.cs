using System.Text.Json;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// The results as JSON Lines: <c>{ "row", "key"?, "programs": [ { "id", "status", "amounts", "missing", "reason"? } ] }</c>
/// per row, or <c>{ "row", "key"?, "errors": [ { "column"?, "message" } ] }</c> for a row that could not be screened.
/// </summary>
public sealed class JsonLinesScreeningWriter(TextWriter text) : IScreeningWriter
{
    private static readonly JsonSerializerOptions Options = new(ReportJson.Options) { WriteIndented = false };

    public async ValueTask WriteAsync(ScreenedRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        object line = row.IsBad ? new BadLine(row.Row, row.Key, row.Errors) : new ResultLine(row.Row, row.Key, row.Programs);
        await text.WriteLineAsync(JsonSerializer.Serialize(line, Options).AsMemory(), cancellationToken);
    }

    public async ValueTask DisposeAsync() => await text.FlushAsync();

    private sealed record ResultLine(long Row, string? Key, IReadOnlyList<ProgramOutcome> Programs);

    private sealed record BadLine(long Row, string? Key, IReadOnlyList<ScreeningError> Errors);
}
