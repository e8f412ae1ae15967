namespace PolicyRules.Benchmarks.Load;

/// <summary>The turns measured in a window: how many, and how long each took (thread-safe).</summary>
public sealed class TurnLatencies
{
    private readonly Lock _lock = new();
    private readonly List<double> _milliseconds = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan latency)
    {
        lock (_lock)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
        }
    }

    /// <summary>The latency below which <paramref name="percent"/> of the turns fell (nearest rank), in milliseconds.</summary>
    public double Percentile(double percent)
    {
        lock (_lock)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }

            _milliseconds.Sort();
            var rank = (int)Math.Ceiling(percent / 100 * _milliseconds.Count);
            return _milliseconds[Math.Clamp(rank - 1, 0, _milliseconds.Count - 1)];
        }
    }
}
