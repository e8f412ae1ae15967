using System.Globalization;
using PolicyRules.Benchmarks.Engines;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// <c>--retained [sessions]</c>: bytes a live session keeps on the heap once the case is inserted and
/// fired, for both engines on each workload. Builds N (default 1000) sessions, each with its own copy
/// of the facts, and compares <see cref="GC.GetTotalMemory"/> (after a full collection) before and
/// after, with the facts already allocated: what remains is the session's own share (its memories,
/// tokens, activations, fact handles and derived facts). The facts alone and an empty session are
/// measured the same way; the allocation per full evaluation is averaged over 200 evaluations.
/// </summary>
public static class RetainedMemory
{
    private const int Evaluations = 200;

    public static int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sessions = args.Count > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 1_000;
        Console.WriteLine($"Retained heap per live session ({sessions} sessions each, GC.GetTotalMemory(true) before/after)");
        Console.WriteLine();
        Console.WriteLine("| Rule set | Engine | Rules | Empty session (B) | Live session, case inserted + fired (B) | The case's facts (B) | Per citizen, session + facts (B) | Allocated per full evaluation (B) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var ratios = new List<string>();
        foreach (var name in Workload.All)
        {
            var workload = Workload.Load(name);
            var ours = MeasureOurs(workload, sessions);
            var nrules = MeasureNRules(workload, sessions);
            ratios.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {(double)ours.Live / nrules.Live:0.00} | {(double)ours.Allocated / nrules.Allocated:0.00} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Ours ÷ NRules");
        Console.WriteLine();
        Console.WriteLine("| Rule set | Retained per live session | Allocated per full evaluation |");
        Console.WriteLine("|---|---:|---:|");
        ratios.ForEach(Console.WriteLine);
        return 0;
    }

    private static Measurement MeasureOurs(Workload workload, int sessions)
    {
        var factory = workload.Ours;
        return Measure(workload, sessions, "ours", factory.Rules.Count,
            () => factory.CreateSession(workload.AsOf),
            c => OurEngine.NewSession(factory, c, out _),
            c => OurEngine.Run(factory, c));
    }

    private static Measurement MeasureNRules(Workload workload, int sessions)
    {
        var factory = workload.CompileNRules();
        return Measure(workload, sessions, "NRules", workload.InForce.Count,
            factory.CreateSession,
            c => NRulesEngine.NewSession(factory, c, out _),
            c => NRulesEngine.Run(factory, c));
    }

    private static Measurement Measure(Workload workload, int sessions, string engine, int rules,
        Func<object> empty, Func<Cases.IBenchCase, object> live, Action<Cases.IBenchCase> evaluate)
    {
        for (var i = 0; i < 50; i++)
        {
            evaluate(workload.NewCase());
        }

        var facts = PerItem(sessions, _ => workload.NewCase());
        var emptySession = PerItem(sessions, _ => empty());
        // The facts exist before the baseline, so this is what the session itself keeps: memories,
        // tokens, activations, fact handles and the derived facts.
        var cases = Enumerable.Range(0, sessions).Select(_ => workload.NewCase()).ToArray();
        var liveSession = PerItem(sessions, i => live(cases[i]));
        GC.KeepAlive(cases);

        var citizen = workload.NewCase();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Evaluations; i++)
        {
            evaluate(citizen);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / Evaluations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {workload.Name} | {engine} | {rules} | {emptySession:N0} | {liveSession:N0} | {facts:N0} | {liveSession + facts:N0} | {allocated:N0} |"));
        return new Measurement(liveSession, allocated);
    }

    /// <summary>Heap growth per item while <paramref name="count"/> items made by <paramref name="make"/> are alive.</summary>
    private static long PerItem(int count, Func<int, object> make)
    {
        var items = new object[count];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < count; i++)
        {
            items[i] = make(i);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(items);
        return (after - before) / count;
    }

    private sealed record Measurement(long Live, long Allocated);
}
