using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PolicyRules.Testing;

namespace PolicyRules.Benchmarks.Load;

/// <summary>
/// The bot host as it runs in production — the Release build in a process of its own, on the loopback interface only —
/// pinned to one core with <c>taskset</c>, over the chosen store: SQLite in a fresh data directory, or a throwaway
/// PostgreSQL server (started as the PostgreSQL tests start theirs, and pinned to the same core). Records how long the
/// host took to serve the chat page.
/// </summary>
public sealed class BotUnderLoad : IAsyncDisposable
{
    public const string Secret = "load-test-directline-secret";

    private readonly Process _process;
    private readonly PostgresServer? _postgres;
    private readonly string _dataDirectory;

    private BotUnderLoad(Process process, PostgresServer? postgres, string dataDirectory, Uri baseAddress)
    {
        _process = process;
        _postgres = postgres;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    /// <summary>From starting the process to the chat page answering 200.</summary>
    public TimeSpan ToFirstPage { get; private set; }

    /// <summary>The resident set size of the host process (and, on PostgreSQL, not the database's), from /proc.</summary>
    public long ResidentBytes => ProcStatus.ResidentBytes(_process.Id);

    public static async Task<BotUnderLoad> StartAsync(string store, int cpu)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"policyrules-load-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        PostgresServer? postgres = null;
        var settings = new Dictionary<string, string>
        {
            ["Host:DataDirectory"] = dataDirectory,
            ["Storage:Provider"] = store,
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:NewConversationsPerMinute"] = "1000000",
            ["DirectLine:MessagesPerConversationPerMinute"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (string.Equals(store, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            postgres = new PostgresServer();
            foreach (var postgresProcess in PostgresProcesses(postgres.ConnectionString))
            {
                Taskset.Pin(postgresProcess, cpu);
            }

            settings["Storage:PostgresConnectionString"] = postgres.ConnectionString + ";Maximum Pool Size=64";
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", cpu.ToString(CultureInfo.InvariantCulture), "dotnet", HostAssembly(), "--urls", address.ToString().TrimEnd('/'), "--contentRoot", BotProject() })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start.");
        // The host logs warnings and errors only (see above): show them.
        DataReceivedEventHandler show = (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"[bot] {e.Data}");
            }
        };
        process.OutputDataReceived += show;
        process.ErrorDataReceived += show;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotUnderLoad(process, postgres, dataDirectory, address);
        await bot.WaitForPageAsync().ConfigureAwait(false);
        bot.ToFirstPage = clock.Elapsed;
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        _postgres?.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task WaitForPageAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before serving.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        throw new TimeoutException($"The bot did not serve {BaseAddress} within 2 minutes.");
    }

    /// <summary>The Release build of the host (the benchmarks build it, see the project file).</summary>
    private static string HostAssembly()
    {
        var path = Path.Combine(BotProject(), "bin", "Release", "net10.0", "PolicyRules.Bot.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the host in Release first (dotnet build -c Release bot/PolicyRules.Bot): {path} is missing.");
    }

    private static string BotProject() => Path.Combine(Questions.CaseFiles.RepositoryRoot(), "bot", "PolicyRules.Bot");

    /// <summary>The throwaway server's processes: its postmaster (found by its port) and every process it started.</summary>
    private static IReadOnlyList<int> PostgresProcesses(string connectionString)
    {
        var port = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Port.ToString(CultureInfo.InvariantCulture);
        var processes = ProcStatus.All();
        var postmaster = processes.Single(p => p.CommandLine.Contains("postgres", StringComparison.Ordinal) && p.CommandLine.Split('\0').Contains(port)).Id;
        return [postmaster, .. processes.Where(p => p.ParentId == postmaster).Select(p => p.Id)];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
