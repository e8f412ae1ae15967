using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// The built host run as its own process (as <c>dotnet run</c> would), with the embedded SQLite store in a data
/// directory the test chooses — so that the test can kill it with SIGKILL and start it again on the same data.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly List<string> _output = [];

    private BotProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote to its standard output and error (its console log).</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>
    /// Starts the built host; <paramref name="storage"/> settings (e.g. <c>Storage:Provider</c>) replace the default,
    /// SQLite in <paramref name="dataDirectory"/>. With a <paramref name="disk"/>, the data directory is a file system the
    /// host alone sees (in a mount namespace of its own, made with util-linux's <c>unshare</c>; no privileges needed):
    /// an empty tmpfs of a few kilobytes, or the directory itself mounted read-only.
    /// </summary>
    public static async Task<BotProcess> StartAsync(
        string dataDirectory, string secret, int? port = null, IReadOnlyDictionary<string, string>? storage = null, DataDisk? disk = null)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}/");
        var start = new ProcessStartInfo(disk is null ? "dotnet" : "unshare") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (disk is not null)
        {
            var mount = disk.ReadOnly ? "mount --bind -o ro \"$0\" \"$0\"" : $"mount -t tmpfs -o size={disk.Kilobytes}k tmpfs \"$0\"";
            foreach (var argument in new[] { "--user", "--map-root-user", "--mount", "sh", "-c", $"{mount} && exec dotnet \"$@\"", dataDirectory })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in new[]
        {
            HostAssembly(), "--urls", address.ToString().TrimEnd('/'), "--contentRoot", RepositoryPaths.BotProject,
            "--Host:DataDirectory", dataDirectory, "--DirectLine:Secret", secret,
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in storage ?? new Dictionary<string, string> { ["Storage:Provider"] = "Sqlite" })
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start.");
        var bot = new BotProcess(process, address, dataDirectory);
        process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitUntilServingAsync();
        return bot;
    }

    /// <summary>Copies a file of the host's data directory as the host sees it (its own file system included) to <paramref name="destination"/>.</summary>
    public void CopyDataFile(string name, string destination) =>
        File.Copy(Path.Combine($"/proc/{_process.Id}/root", _dataDirectory.TrimStart('/'), name), destination, overwrite: true);

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown code runs.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, $"The bot process exited with code {(_process.HasExited ? _process.ExitCode : 0)} before serving.");
            try
            {
                using var response = await http.GetAsync("v3/directline/session/getsessionid");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The bot did not serve {BaseAddress} within 60 s.");
    }

    private static string HostAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryPaths.BotProject, "bin", configuration, "net10.0", "PolicyRules.Bot.dll");
        Assert.True(File.Exists(path), $"Build the host first: {path} is missing.");
        return path;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
