namespace PolicyRules.Benchmarks.Load;

/// <summary>Screenings completed and turns failed during a run (thread-safe); the first failures are printed.</summary>
public sealed class LoadCounters
{
    private const int FailuresShown = 5;

    private int _completed;
    private int _failed;

    public int Completed => _completed;

    public int Failed => _failed;

    public void Complete() => Interlocked.Increment(ref _completed);

    public void Fail(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (Interlocked.Increment(ref _failed) <= FailuresShown)
        {
            Console.Error.WriteLine($"A turn failed: {error.GetType().Name}: {error.Message}");
        }
    }
}
