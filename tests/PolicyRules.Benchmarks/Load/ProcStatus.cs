using System.Globalization;

namespace PolicyRules.Benchmarks.Load;

/// <summary>What Linux's <c>/proc</c> says about processes: their memory, command lines and parents.</summary>
public static class ProcStatus
{
    /// <summary>The process's resident set size (VmRSS).</summary>
    public static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Every process that can be read now, with its command line (arguments separated by NUL) and parent.</summary>
    public static IReadOnlyList<(int Id, int ParentId, string CommandLine)> All()
    {
        var found = new List<(int, int, string)>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            try
            {
                // stat is "pid (comm) state ppid …"; comm may hold spaces, so read after its closing parenthesis.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                found.Add((id, int.Parse(fields[1], CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(directory, "cmdline"))));
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return found;
    }
}
