using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// One input row as it was read, not yet checked: a worker turns it into a case (<see cref="Read"/>), so that
/// reading the values and their mistakes runs in parallel with the evaluations rather than in the reader.
/// </summary>
public abstract class CaseRow(long row)
{
    /// <summary>The row's line number in the input (a CSV's header is line 1, so its first case is line 2).</summary>
    public long Row { get; } = row;

    /// <summary>The case the row gives and its key, or what makes the row unreadable as a whole.</summary>
    internal abstract RowCase Read();
}

/// <summary>A row read: its case file and key, or what makes it unreadable.</summary>
internal sealed record RowCase(CaseFile? File, string? Key, IReadOnlyList<InputError> Errors)
{
    public static RowCase Read(CaseFile file, string? key) => new(file, key, []);

    public static RowCase Unreadable(string? key, params IReadOnlyList<InputError> errors) => new(null, key, errors);
}
