using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace PolicyRules.Testing;

/// <summary>
/// The PostgreSQL server the <c>PostgresStorage</c> tests run against: the one whose connection string is in
/// <see cref="ConnectionStringVariable"/>, or else a throwaway server started here from Debian's <c>postgresql</c>
/// package (<c>initdb</c> into a temporary directory, <c>pg_ctl start</c> on a free localhost port), stopped and deleted
/// on dispose. There is no silent skip: without either, creating the fixture fails and says what to install.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>Names the environment variable that may hold the connection string of an existing server to use instead.</summary>
    public const string ConnectionStringVariable = "POLICYRULES_TEST_POSTGRES";

    private const string BinariesRoot = "/usr/lib/postgresql";
    private const string ServerUser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(2);

    private readonly string? _directory;
    private readonly string? _pgCtl;
    private readonly bool _runAsServerUser;
    private readonly string? _startOptions;

    public PostgresServer()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }

        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            $"No PostgreSQL server for the PostgresStorage tests: no {BinariesRoot}/*/bin/postgres was found and {ConnectionStringVariable} is not set. "
            + "Install Debian's `postgresql` package (sudo apt-get install -y postgresql), or run ./scripts/test.sh, which installs it; "
            + $"or set {ConnectionStringVariable} to the connection string of a server where the tests may create and drop schemas.");
        _pgCtl = Path.Combine(binaries, "pg_ctl");

        // PostgreSQL refuses to run as root; Debian's package creates the postgres user to run it as.
        _runAsServerUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        _directory = Path.Combine(Path.GetTempPath(), $"policyrules-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        try
        {
            if (_runAsServerUser)
            {
                Run("chown", ServerUser, _directory);
            }

            var data = Path.Combine(_directory, "data");
            RunServerTool(Path.Combine(binaries, "initdb"), "--pgdata", data, "--username", ServerUser, "--auth", "trust", "--encoding", "UTF8", "--locale", "C", "--no-sync");
            var port = FreePort();
            _startOptions = string.Create(
                CultureInfo.InvariantCulture,
                $"-p {port} -k '{_directory}' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            Start();

            ConnectionString = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = ServerUser,
                Database = "postgres",
            }.ToString();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The server's own directory (data, socket and log); only a server started here has one.</summary>
    private string OwnDirectory => _directory ?? throw new InvalidOperationException($"The server of {ConnectionStringVariable} was not started here; it cannot be stopped or started.");

    /// <summary>A connection string with rights to create and drop schemas.</summary>
    public string ConnectionString { get; } = string.Empty;

    public void Dispose()
    {
        if (_directory is null || !Directory.Exists(_directory))
        {
            return;
        }

        try
        {
            var data = Path.Combine(_directory, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                NpgsqlConnection.ClearAllPools();
                RunServerTool(_pgCtl!, "stop", "--pgdata", data, "--mode", "fast", "--wait", "--timeout", "60");
            }
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Starts the server (again, after <see cref="Stop"/>) on the same port and data; waits until it accepts connections.</summary>
    public void Start()
    {
        var log = Path.Combine(OwnDirectory, "server.log");
        try
        {
            RunServerTool(_pgCtl!, "start", "--pgdata", Path.Combine(OwnDirectory, "data"), "--log", log, "--wait", "--timeout", "60", "--options", _startOptions!);
        }
        catch (InvalidOperationException error) when (File.Exists(log))
        {
            throw new InvalidOperationException($"{error.Message}{Environment.NewLine}Server log:{Environment.NewLine}{File.ReadAllText(log)}", error);
        }
    }

    /// <summary>Stops the server as an administrator would (fast shutdown: sessions are ended, nothing committed is lost).</summary>
    public void Stop() => RunServerTool(_pgCtl!, "stop", "--pgdata", Path.Combine(OwnDirectory, "data"), "--mode", "fast", "--wait", "--timeout", "60");

    /// <summary>Runs one SQL statement as the administrator.</summary>
    public async Task ExecuteAsync(string sql)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The <c>bin</c> directory of the newest PostgreSQL installed the Debian way, or null.</summary>
    private static string? FindBinaries()
    {
        if (!Directory.Exists(BinariesRoot))
        {
            return null;
        }

        return Directory.GetDirectories(BinariesRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => decimal.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.Number, CultureInfo.InvariantCulture, out var version) ? version : 0m)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static void Run(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} did not finish within {CommandTimeout}.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:{Environment.NewLine}{output.Result}{error.Result}");
        }
    }

    /// <summary>Runs a PostgreSQL tool, as the postgres user when we are root.</summary>
    private void RunServerTool(string tool, params string[] arguments)
    {
        if (_runAsServerUser)
        {
            Run("runuser", ["-u", ServerUser, "--", tool, .. arguments]);
        }
        else
        {
            Run(tool, arguments);
        }
    }
}
