using System.Globalization;
using PolicyRules.Engine;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// <c>--retained [sessions]</c>: bytes a live session keeps on the heap once the citizen case is
/// inserted and fired. Builds N (default 1000) sessions, each with its own copy of the facts, and
/// compares <see cref="GC.GetTotalMemory"/> (after a full collection) before and after, with the
/// facts already allocated: what remains is the session's own share (its memories, tokens,
/// activations, fact handles and derived facts). The facts alone and an empty session are measured
/// the same way.
/// </summary>
public static class RetainedMemory
{
    public static int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sessions = args.Count > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 1_000;
        Console.WriteLine($"Retained heap per live session ({sessions} sessions each, GC.GetTotalMemory(true) before/after)");
        Console.WriteLine();
        Console.WriteLine("| Rules | Network | Empty session (B) | Live session, case inserted + fired (B) | The case's 10 facts (B) | Per citizen, session + facts (B) | Allocated per full evaluation (B) |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (var ruleCount in new[] { 40, 400 })
        {
            Measure(ruleCount, sessions);
        }

        return 0;
    }

    private static void Measure(int ruleCount, int sessions)
    {
        var factory = BenchRuleSets.Compile(ruleCount);
        for (var i = 0; i < 50; i++)
        {
            CaseEvaluation.Run(factory, CitizenCase.Create(i));
        }

        var facts = PerItem(sessions, i => CitizenCase.Create(i));
        var empty = PerItem(sessions, _ => factory.CreateSession(CitizenCase.AsOf));
        // The facts exist before the baseline, so this is what the session itself keeps: memories,
        // tokens, activations, fact handles and the derived facts.
        var cases = Enumerable.Range(0, sessions).Select(CitizenCase.Create).ToArray();
        var session = PerItem(sessions, i => CaseEvaluation.NewSession(factory, cases[i], out _));
        GC.KeepAlive(cases);

        var citizen = CitizenCase.Create();
        var before = GC.GetAllocatedBytesForCurrentThread();
        const int Evaluations = 200;
        for (var i = 0; i < Evaluations; i++)
        {
            CaseEvaluation.Run(factory, citizen);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / Evaluations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {ruleCount} | {NetworkSize.Of(factory)} | {empty:N0} | {session:N0} | {facts:N0} | {session + facts:N0} | {allocated:N0} |"));
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
}
