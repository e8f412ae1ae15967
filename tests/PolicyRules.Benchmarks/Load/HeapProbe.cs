using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace PolicyRules.Benchmarks.Load;

/// <summary>
/// The live managed heap of another .NET process: asks its runtime, over the diagnostics port (EventPipe), for a full
/// blocking garbage collection — as <c>dotnet-gcdump</c> does — and reads the heap's size after it from the runtime's
/// own GC events. What is left is what the process really holds, not garbage waiting for a collection.
/// </summary>
public static class HeapProbe
{
    private const long GcHeapCollectKeyword = 0x800000;

    public static async Task<long> LiveBytesAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        var providers = new[] { new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC | GcHeapCollectKeyword) };
        using var session = client.StartEventPipeSession(providers, requestRundown: false);
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        source.Clr.GCStart += start => induced |= start.Reason == GCReason.Induced;
        source.Clr.GCHeapStats += stats =>
        {
            if (induced)
            {
                heap.TrySetResult(stats.TotalHeapSize);
            }
        };
        var reading = Task.Run(source.Process);
        try
        {
            return await heap.Task.WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
