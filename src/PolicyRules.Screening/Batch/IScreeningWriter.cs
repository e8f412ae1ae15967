namespace PolicyRules.Screening.Batch;

/// <summary>Where a batch's results go, one row at a time, in input order.</summary>
public interface IScreeningWriter : IAsyncDisposable
{
    ValueTask WriteAsync(ScreenedRow row, CancellationToken cancellationToken);
}
