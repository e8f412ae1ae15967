using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Batch;

/// <summary>A list of cases being read: the variables it gives (which decide the programs screened) and its rows, streamed.</summary>
public interface ICaseTable : IAsyncDisposable
{
    /// <summary>The variables of a CSV's header, or of a JSON Lines list's first case.</summary>
    IReadOnlyList<VariableDefinition> Variables { get; }

    IAsyncEnumerable<CaseRow> ReadRowsAsync(CancellationToken cancellationToken);
}
