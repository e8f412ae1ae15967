using System.Diagnostics;
using System.Globalization;
using PolicyRules.Referee.Tests.Referee;
using PolicyRules.Rules;
using PolicyRules.Screening;
using PolicyRules.Screening.Batch;

namespace PolicyRules.Benchmarks.Screening;

/// <summary>
/// <c>--screen-engine ours|nrules FILE [DATE]</c>: the rows of a fully-answered generated list (<c>--complete</c>)
/// through one engine alone, in parallel on every core: each row read and checked as <c>policyrules screen</c> reads it,
/// its input facts built as the screening builds them (those of the area: the facts with an answer), a new session,
/// insert, fire. No report and no output, which only our screening has. NRules is given the area's rules in force and
/// fact identity by reference, as the referee sets it up; ours is the screening's one compiled network (every area).
/// Prints rows per second; run it under <c>/usr/bin/time -v</c> for the peak memory.
/// </summary>
public static class ScreenEngines
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 3 || args[1] is not ("ours" or "nrules"))
        {
            await Console.Error.WriteLineAsync("Usage: --screen-engine ours|nrules FILE [yyyy-MM-dd]");
            return 2;
        }

        var services = ScreeningServices.Default;
        var library = PolicyLibrary.Default;
        using var text = new StreamReader(args[2]);
        await using var table = await CsvCaseTable.OpenAsync(text, services.Variables, ScreenRowGenerator.KeyColumn, CancellationToken.None);
        var area = table.Variables.First(v => library.Areas.Any(a => a.Id == v.Area)).Area;
        var date = args.Length > 3 ? DateOnly.ParseExact(args[3], "yyyy-MM-dd", CultureInfo.InvariantCulture) : services.Catalog.DateFor(area, DateOnly.FromDateTime(DateTime.UtcNow));
        var nrules = args[1] == "nrules" ? NRulesReference.Compile(library.Rules(area).Where(r => r.Effective.Contains(date)).Select(r => r.Definition)) : null;
        var context = library.ContextFacts(date);
        var fired = 0L;
        var rows = 0L;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(table.ReadRowsAsync(CancellationToken.None), (row, _) =>
        {
            var file = row.Read().File ?? throw new InvalidOperationException($"Row {row.Row} cannot be read.");
            var answers = file.ToRequest(services.Variables, date, "zh-CN").Answers.Values.ToList();
            if (answers.Count != table.Variables.Count || answers.Any(a => !a.IsKnown))
            {
                throw new InvalidOperationException($"Row {row.Row} is not fully answered; NRules has no unknowns. Generate the list with --complete.");
            }

            var facts = InputFacts.Build(services.Variables, answers).Where(f => answers.Any(a => a.Variable.FactType == f.GetType())).ToArray();
            Interlocked.Add(ref fired, nrules is null ? FireOurs(library, date, context, facts) : FireNRules(nrules, context, facts));
            Interlocked.Increment(ref rows);
            return ValueTask.CompletedTask;
        });
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{args[1]}: {rows:N0} rows of {area} as of {date:yyyy-MM-dd} in {clock.Elapsed.TotalSeconds:N1} s = {rows / clock.Elapsed.TotalSeconds:N0} rows/s on {Environment.ProcessorCount} cores ({fired:N0} rule firings)"));
        return 0;
    }

    private static int FireOurs(PolicyLibrary library, DateOnly date, IReadOnlyList<object> context, IReadOnlyList<object> facts)
    {
        var session = library.Factory.CreateSession(date);
        var fired = 0;
        session.RuleFired += _ => fired++;
        session.InsertAll(context);
        session.InsertAll(facts);
        session.Fire();
        return fired;
    }

    private static int FireNRules(NRules.ISessionFactory factory, IReadOnlyList<object> context, IReadOnlyList<object> facts)
    {
        var session = factory.CreateSession();
        session.InsertAll(context);
        session.InsertAll(facts);
        return session.Fire();
    }
}
