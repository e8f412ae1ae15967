using System.Diagnostics;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>The Node scripts beside the tests (<c>node/</c>), with their npm packages installed on first use.</summary>
public static class NodeScripts
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "PolicyRules.Bot.Web.Tests", "node");

    /// <summary>Runs <c>npm ci</c> when the packages of <c>package-lock.json</c> are not installed yet.</summary>
    public static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "botframework-directlinejs")))
            {
                var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
                Assert.True(install.ExitCode == 0, "npm ci failed in " + Directory + ":\n" + install.Output);
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} did not finish within {timeout}.\n{await output}{await error}");
        }

        return (process.ExitCode, await output + await error);
    }
}
