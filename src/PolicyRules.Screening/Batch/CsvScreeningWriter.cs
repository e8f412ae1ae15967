using nietras.SeparatedValues;

namespace PolicyRules.Screening.Batch;

/// <summary>The results as CSV (written with Sep), in the columns of <see cref="ResultColumns"/>, header first.</summary>
public sealed class CsvScreeningWriter(TextWriter text, ResultColumns columns) : IScreeningWriter
{
    private readonly SepWriter _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true);

    public async ValueTask WriteAsync(ScreenedRow row, CancellationToken cancellationToken)
    {
        var cells = columns.Cells(row);
        await using var line = _writer.NewRow(cancellationToken);
        for (var i = 0; i < cells.Length; i++)
        {
            line[columns.Names[i]].Set(cells[i]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await text.FlushAsync();
    }
}
