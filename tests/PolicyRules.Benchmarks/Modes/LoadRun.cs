using System.Diagnostics;
using System.Globalization;
using PolicyRules.Benchmarks.Load;

namespace PolicyRules.Benchmarks.Modes;

/// <summary>
/// <c>--load</c>: N people at once, each in a Web Chat-like client of their own (<see cref="WebChatClient"/>), going
/// through complete screenings of the chosen areas with everyday answers, one after another, for a bounded time.
/// Reports turns a second, turn latency as the client sees it (p50, p99), the host's CPU per turn, its start-to-ready
/// times and, with <c>--idle</c>, its memory per idle conversation. See <see cref="LoadOptions.Usage"/>.
/// </summary>
public static class LoadRun
{
    private const int MaxTurnsPerScreening = 80;

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse([.. args.Skip(1)]);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine(LoadOptions.Usage);
            return 2;
        }

        return RunAsync(options).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(LoadOptions options)
    {
        Console.WriteLine($"Load average at the start: {LoadAverage()}");
        await using var bot = options.Target is null ? await BotUnderLoad.StartAsync(options.Store, options.ServerCpu) : null;
        Taskset.Pin(Environment.ProcessId, options.ClientCpu);
        var target = bot?.BaseAddress ?? options.Target!;
        var secret = bot is null ? options.Secret! : BotUnderLoad.Secret;
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, MaxConnectionsPerServer = 512 })
        {
            BaseAddress = target,
            Timeout = TimeSpan.FromSeconds(60),
        };

        if (bot is not null)
        {
            var greeting = Stopwatch.StartNew();
            await using (var first = new WebChatClient(http, "dl_load_first"))
            {
                await first.StartAsync(secret, CancellationToken.None);
            }

            Console.WriteLine($"Ready: first page {bot.ToFirstPage.TotalSeconds:F2} s after the process started; first greeting {(bot.ToFirstPage + greeting.Elapsed).TotalSeconds:F2} s.");
            if (options.Idle)
            {
                await MeasureIdleAsync(bot, http, secret, options);
            }
        }

        var result = await DriveAsync(http, secret, options, bot);
        Console.WriteLine(result);
        Console.WriteLine($"Load average at the end: {LoadAverage()}");
        return 0;
    }

    /// <summary>The whole run: every worker screens until the window closes; turns started inside the window count.</summary>
    private static async Task<string> DriveAsync(HttpClient http, string secret, LoadOptions options, BotUnderLoad? bot)
    {
        var latencies = new TurnLatencies();
        var run = new LoadCounters();
        var clock = Stopwatch.StartNew();
        var windowStart = TimeSpan.FromSeconds(options.WarmupSeconds);
        var windowEnd = windowStart + TimeSpan.FromSeconds(options.Seconds);
        var interval = options.Rate > 0 ? TimeSpan.FromSeconds(options.Conversations / options.Rate) : TimeSpan.Zero;
        var cpuAtStart = 0.0;
        var cpuTimer = bot is null ? Task.CompletedTask : Task.Run(async () =>
        {
            await Task.Delay(windowStart);
            cpuAtStart = CpuSeconds(bot.ProcessId);
        });

        var workers = Enumerable.Range(0, options.Conversations).Select(worker => Task.Run(async () =>
        {
            // Arrivals spread over the warm-up, as people do not all open the page in the same millisecond.
            await Task.Delay(TimeSpan.FromTicks(windowStart.Ticks * worker / options.Conversations / 2));
            for (var screening = 0; clock.Elapsed < windowEnd; screening++)
            {
                var area = options.Areas[(worker + screening) % options.Areas.Count];
                var person = new EverydayAnswers(area, seed: (worker * 7919) + screening);
                await ScreenAsync(http, secret, $"dl_load_{worker}_{screening}", person, clock, windowStart, windowEnd, interval, latencies, run);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        await cpuTimer;
        var seconds = options.Seconds;
        var cpu = bot is null ? double.NaN : CpuSeconds(bot.ProcessId) - cpuAtStart;
        return string.Create(CultureInfo.InvariantCulture, $"""
            Store {(bot is null ? options.Target!.ToString() : options.Store)}, {options.Conversations} conversations, rate {(options.Rate > 0 ? options.Rate.ToString(CultureInfo.InvariantCulture) : "unpaced")}, {seconds} s window after {options.WarmupSeconds} s warm-up
              turns in the window: {latencies.Count} = {latencies.Count / (double)seconds:F0} turns/s; screenings completed: {run.Completed}; failed turns: {run.Failed}
              turn latency (post → reply on the socket): p50 {latencies.Percentile(50):F1} ms, p90 {latencies.Percentile(90):F1} ms, p99 {latencies.Percentile(99):F1} ms, max {latencies.Percentile(100):F1} ms
              host CPU in the window: {cpu:F1} s = {cpu * 1000 / Math.Max(1, latencies.Count):F2} ms a turn; host RSS at the end: {(bot is null ? double.NaN : bot.ResidentBytes / 1048576.0):F0} MB
            """);
    }

    /// <summary>One person's screening from opening the page to the result; a failure ends it (counted) and the worker starts anew.</summary>
    private static async Task ScreenAsync(HttpClient http, string secret, string userId, EverydayAnswers person, Stopwatch clock,
        TimeSpan windowStart, TimeSpan windowEnd, TimeSpan interval, TurnLatencies latencies, LoadCounters run)
    {
        await using var client = new WebChatClient(http, userId);
        try
        {
            await client.StartAsync(secret, CancellationToken.None);
            var text = person.Opening;
            for (var turn = 0; turn < MaxTurnsPerScreening && clock.Elapsed < windowEnd; turn++)
            {
                var posted = clock.Elapsed;
                var (reply, latency) = await client.SayAsync(text, CancellationToken.None);
                if (posted >= windowStart && posted < windowEnd)
                {
                    latencies.Add(latency);
                }

                if (reply.IsResult)
                {
                    run.Complete();
                    return;
                }

                text = person.Answer(reply.Question!, reply.Type, reply.Buttons);
                var next = posted + interval - clock.Elapsed;
                if (next > TimeSpan.Zero)
                {
                    await Task.Delay(next);
                }
            }
        }
        catch (Exception error) when (error is HttpRequestException or TimeoutException or InvalidOperationException or System.Net.WebSockets.WebSocketException or TaskCanceledException)
        {
            run.Fail(error);
        }
    }

    /// <summary>
    /// The host's live managed heap with no conversation open (after a warm-up), with <c>--conversations</c> of them
    /// paused mid-screening with their sockets open, and after those sockets closed (the conversations only stored).
    /// </summary>
    private static async Task MeasureIdleAsync(BotUnderLoad bot, HttpClient http, string secret, LoadOptions options)
    {
        var run = new LoadCounters();
        var never = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            await ScreenAsync(http, secret, $"dl_warm_{i}", new EverydayAnswers(options.Areas[i % options.Areas.Count], i), never, TimeSpan.MaxValue, TimeSpan.MaxValue, TimeSpan.Zero, new TurnLatencies(), run);
        }

        var before = await HeapProbe.LiveBytesAsync(bot.ProcessId);
        var rssBefore = bot.ResidentBytes;
        var clients = new List<WebChatClient>();
        using var gate = new SemaphoreSlim(64);
        await Task.WhenAll(Enumerable.Range(0, options.Conversations).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var person = new EverydayAnswers(options.Areas[i % options.Areas.Count], 100_000 + i);
                var client = new WebChatClient(http, $"dl_idle_{i}");
                lock (clients)
                {
                    clients.Add(client);
                }

                await client.StartAsync(secret, CancellationToken.None);
                var (reply, _) = await client.SayAsync(person.Opening, CancellationToken.None);
                for (var answer = 0; answer < 3 && !reply.IsResult; answer++)
                {
                    (reply, _) = await client.SayAsync(person.Answer(reply.Question!, reply.Type, reply.Buttons), CancellationToken.None);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        var open = await HeapProbe.LiveBytesAsync(bot.ProcessId);
        var rssOpen = bot.ResidentBytes;
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var closed = await HeapProbe.LiveBytesAsync(bot.ProcessId);
        var n = (double)options.Conversations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Idle memory, {options.Conversations} conversations paused after their third answer ({options.Store}):
              live managed heap: {before / 1048576.0:F1} MB before, {open / 1048576.0:F1} MB with their sockets open, {closed / 1048576.0:F1} MB after they closed
              per idle conversation: {(open - before) / n / 1024:F1} KB with its socket open, {(closed - before) / n / 1024:F1} KB once closed (stored only)
              host RSS: {rssBefore / 1048576.0:F0} MB before, {rssOpen / 1048576.0:F0} MB with sockets open ({(rssOpen - rssBefore) / n / 1024:F1} KB a conversation)
            """));
    }

    /// <summary>User plus system CPU time of the process so far, from /proc/&lt;pid&gt;/stat.</summary>
    private static double CpuSeconds(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const double ticksPerSecond = 100;
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ticksPerSecond;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();
}
