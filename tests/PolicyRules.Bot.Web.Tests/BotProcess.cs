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

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BotProcess> StartAsync(string dataDirectory, string secret, int? port = null)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            HostAssembly(), "--urls", address.ToString().TrimEnd('/'), "--contentRoot", RepositoryPaths.BotProject,
            "--Host:DataDirectory", dataDirectory, "--Storage:Provider", "Sqlite", "--DirectLine:Secret", secret,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot process did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, address);
        await bot.WaitUntilServingAsync();
        return bot;
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
