namespace PolicyRules.Screening.Batch;

/// <summary>
/// What was wrong with one input row, in the language of the batch: the column (a variable id, or the
/// key column) when one cell is at fault, null when the row as a whole is (a malformed JSON line, a row
/// with too many cells).
/// </summary>
public sealed record ScreeningError(string? Column, string Message)
{
    public override string ToString() => Column is null ? Message : $"{Column}: {Message}";
}
