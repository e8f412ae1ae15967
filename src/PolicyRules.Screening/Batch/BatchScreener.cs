using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PolicyRules.Localization;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Batch;

/// <summary>
/// Screens a list row by row with the one eligibility service (its rules compiled once, a cheap session per row),
/// in parallel on every core, with memory bounded by <see cref="RowsInFlight"/>: the reader feeds a bounded channel
/// of work, workers evaluate, and the results come back in input order. A row that cannot be read or whose
/// values are wrong becomes a result naming what was wrong; it never stops the batch.
/// </summary>
public sealed class BatchScreener(IEligibilityService eligibility, VariableRegistry variables, ScreeningPlan plan)
{
    /// <summary>How many evaluations run at once; all cores by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>How many rows may be read but not yet written: what bounds the memory a list of any length takes.</summary>
    public int RowsInFlight { get; init; } = 256 * Environment.ProcessorCount;

    public async IAsyncEnumerable<ScreenedRow> ScreenAsync(IAsyncEnumerable<CaseRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var work = Channel.CreateBounded<(CaseRow Row, TaskCompletionSource<ScreenedRow> Result)>(
            new BoundedChannelOptions(RowsInFlight) { SingleWriter = true });
        var inOrder = Channel.CreateBounded<Task<ScreenedRow>>(new BoundedChannelOptions(RowsInFlight) { SingleWriter = true, SingleReader = true });
        var reading = Task.Run(() => ReadAsync(rows, work.Writer, inOrder.Writer, stop.Token), stop.Token);
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(work.Reader, stop.Token), stop.Token)).ToArray();
        try
        {
            await foreach (var result in inOrder.Reader.ReadAllAsync(stop.Token))
            {
                yield return await result;
            }

            await reading;
        }
        finally
        {
            // An early end (the caller stopped, a write failed) stops the reader and the workers too.
            await stop.CancelAsync();
            await Task.WhenAll([reading, .. workers]).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One row: read its values as <c>policyrules evaluate</c> does, then evaluate the plan's programs.</summary>
    public ScreenedRow Screen(CaseRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var read = row.Read();
        var locale = plan.Language ?? read.File?.Locale ?? Locales.Chinese;
        if (read.File is not { } file)
        {
            return ScreenedRow.Bad(row.Row, read.Key, [.. read.Errors.Select(x => Error(x, locale))]);
        }

        try
        {
            var date = plan.Date ?? file.Date ?? plan.DefaultDate;
            var request = file.ToRequest(variables, date, locale) with { Programs = plan.ProgramIds };
            var report = eligibility.Evaluate(request);
            return new ScreenedRow(row.Row, read.Key, [.. report.Programs.Select(p => ProgramOutcome.From(p, locale))], []);
        }
        catch (InvalidInputException e)
        {
            return ScreenedRow.Bad(row.Row, read.Key, [.. e.Errors.Select(x => Error(x, locale))]);
        }
    }

    private static ScreeningError Error(InputError error, string locale) =>
        new(string.IsNullOrEmpty(error.Variable) ? null : error.Variable, error.Message(locale));

    private static async Task ReadAsync(IAsyncEnumerable<CaseRow> rows, ChannelWriter<(CaseRow, TaskCompletionSource<ScreenedRow>)> work,
        ChannelWriter<Task<ScreenedRow>> inOrder, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                var result = new TaskCompletionSource<ScreenedRow>(TaskCreationOptions.RunContinuationsAsynchronously);
                await inOrder.WriteAsync(result.Task, cancellationToken);
                await work.WriteAsync((row, result), cancellationToken);
            }

            work.Complete();
            inOrder.Complete();
        }
        catch (Exception e)
        {
            // A list that cannot be read further (an I/O error, a CSV the parser gives up on) ends the batch with that error.
            work.Complete(e);
            inOrder.Complete(e);
        }
    }

    private async Task WorkAsync(ChannelReader<(CaseRow Row, TaskCompletionSource<ScreenedRow> Result)> work, CancellationToken cancellationToken)
    {
        await foreach (var (row, result) in work.ReadAllAsync(cancellationToken))
        {
            try
            {
                result.SetResult(Screen(row));
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
        }
    }
}
