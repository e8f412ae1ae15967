using System.Diagnostics;
using System.Globalization;

namespace PolicyRules.Benchmarks.Load;

/// <summary>Pins processes to a core with util-linux's <c>taskset</c>.</summary>
public static class Taskset
{
    /// <summary>Moves every thread of the process to <paramref name="cpu"/>; the threads it starts later stay there too.</summary>
    public static void Pin(int processId, int cpu)
    {
        var start = new ProcessStartInfo("taskset") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-a", "-c", "-p", cpu.ToString(CultureInfo.InvariantCulture), processId.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var taskset = Process.Start(start) ?? throw new InvalidOperationException("taskset did not start; install util-linux.");
        taskset.StandardOutput.ReadToEnd();
        taskset.WaitForExit();
        if (taskset.ExitCode != 0)
        {
            throw new InvalidOperationException($"taskset could not pin process {processId} to core {cpu} (exit code {taskset.ExitCode}).");
        }
    }
}
