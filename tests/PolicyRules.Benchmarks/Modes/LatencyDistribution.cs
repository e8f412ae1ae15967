using System.Diagnostics;
using System.Globalization;
using PolicyRules.Benchmarks.Engines;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// <c>--latency [samples]</c>: the distribution of single full evaluations (new session, insert,
/// fire, ask for the goal) by each engine on each workload, timed one by one with <see cref="Stopwatch"/>
/// after a 3-second warm-up. BenchmarkDotNet's P95/P99 columns are over iteration means; these are
/// per-evaluation percentiles, GC pauses included.
/// </summary>
public static class LatencyDistribution
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var samples = args.Count > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        Console.WriteLine($"Full evaluation latency, {samples} single evaluations each (µs)");
        Console.WriteLine();
        Console.WriteLine("| Rule set | Engine | Mean | P50 | P90 | P95 | P99 | P99.9 | Max | Gen0/1/2 GCs |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var name in Workload.All)
        {
            var workload = Workload.Load(name);
            var citizen = workload.NewCase();
            var ours = workload.Ours;
            Measure($"{name} | ours", samples, () => OurEngine.Run(ours, citizen));
            var nrules = workload.CompileNRules();
            Measure($"{name} | NRules", samples, () => NRulesEngine.Run(nrules, citizen));
        }

        return 0;
    }

    private static void Measure(string label, int samples, Action evaluate)
    {
        // Warm up by time, not count: tiered JIT promotes hot methods only after a delay that keeps
        // restarting while new methods run, and 40-rule evaluations are too quick for a count to cover it.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < WarmUp)
        {
            evaluate();
        }

        var micros = new double[samples];
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            evaluate();
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var collections = $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}";
        Array.Sort(micros);
        double At(double percentile) => micros[Math.Min(samples - 1, (int)Math.Ceiling(percentile / 100 * samples) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {micros.Average():N1} | {At(50):N1} | {At(90):N1} | {At(95):N1} | {At(99):N1} | {At(99.9):N1} | {micros[^1]:N1} | {collections} |"));
    }
}
