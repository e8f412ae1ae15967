namespace PolicyRules.Screening.Batch;

/// <summary>
/// The result of one input row: its line number in the input, its key (only when the caller named the
/// key column), and either a result per program or, for a row that could not be read, what was wrong
/// with it. Every input row gives exactly one of these.
/// </summary>
public sealed record ScreenedRow(long Row, string? Key, IReadOnlyList<ProgramOutcome> Programs, IReadOnlyList<ScreeningError> Errors)
{
    public bool IsBad => Errors.Count > 0;

    public static ScreenedRow Bad(long row, string? key, IReadOnlyList<ScreeningError> errors) => new(row, key, [], errors);
}
