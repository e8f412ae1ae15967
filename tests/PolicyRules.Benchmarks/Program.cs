using BenchmarkDotNet.Running;
using PolicyRules.Benchmarks.Modes;

namespace PolicyRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs the BenchmarkDotNet suite; <c>--check</c>,
/// <c>--retained [sessions]</c>, <c>--latency [samples]</c>, <c>--questions</c> and <c>--load</c> (the whole host under
/// Direct Line load, see <see cref="Load.LoadOptions.Usage"/>) are plain measurement modes;
/// <c>--generate-screen-rows</c> writes a list for <c>policyrules screen</c> and <c>--screen-engine</c> runs one through one engine.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "--check":
                return SanityCheck.Run();
            case "--retained":
                return RetainedMemory.Run(args);
            case "--latency":
                return LatencyDistribution.Run(args);
            case "--questions":
                return QuestionEfficiency.Run();
            case "--load":
                return LoadRun.Run(args);
            case "--generate-screen-rows":
                return Screening.ScreenRowGenerator.Run(args);
            case "--screen-engine":
                return Screening.ScreenEngines.RunAsync(args).GetAwaiter().GetResult();
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
