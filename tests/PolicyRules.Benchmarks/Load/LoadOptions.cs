using System.Globalization;
using System.Net;

namespace PolicyRules.Benchmarks.Load;

/// <summary>
/// The load run's command line, bounded: at most <see cref="MaxConversations"/> conversations for at most
/// <see cref="MaxSeconds"/> seconds, against a host on this machine only (a loopback address), so that the tool cannot be
/// turned on anybody else's service.
/// </summary>
public sealed record LoadOptions
{
    public const int MaxConversations = 20_000;
    public const int MaxSeconds = 600;

    public const string Usage = """
        dotnet run -c Release -- --load [options]
          --store Sqlite|Postgres|Memory   start the host (Release build) on that store, pinned to --server-cpu (default Sqlite)
          --target URL --secret S          or drive a host already running at URL (loopback only) with its Direct Line secret
          --conversations N                conversations open at once (1–20000, default 100)
          --seconds S                      the measured window (1–600, default 60), after --warmup seconds (0–120, default 10)
          --rate R                         turns a second to offer across all conversations (default 0: each posts as soon as answered)
          --areas a,b                      areas to screen, in turn (default school-enrolment,veteran-placement,employment-subsidy,elderly-care-stations)
          --server-cpu C --client-cpu C    cores for the host and for this generator (default 0 and 1)
          --idle                           also measure the host's memory per idle conversation (socket open, then closed)
        """;

    public string Store { get; init; } = "Sqlite";

    public Uri? Target { get; init; }

    public string? Secret { get; init; }

    public int Conversations { get; init; } = 100;

    public int Seconds { get; init; } = 60;

    public int WarmupSeconds { get; init; } = 10;

    public double Rate { get; init; }

    public IReadOnlyList<string> Areas { get; init; } = ["school-enrolment", "veteran-placement", "employment-subsidy", "elderly-care-stations"];

    public int ServerCpu { get; init; }

    public int ClientCpu { get; init; } = 1;

    public bool Idle { get; init; }

    /// <summary>Reads the options after <c>--load</c>; a mistake is an <see cref="ArgumentException"/> saying what to write instead.</summary>
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--store" => options with { Store = StoreNamed(Value()) },
                "--target" => options with { Target = Loopback(Value()) },
                "--secret" => options with { Secret = Value() },
                "--conversations" => options with { Conversations = Bounded("--conversations", Value(), 1, MaxConversations) },
                "--seconds" => options with { Seconds = Bounded("--seconds", Value(), 1, MaxSeconds) },
                "--warmup" => options with { WarmupSeconds = Bounded("--warmup", Value(), 0, 120) },
                "--rate" => options with { Rate = Bounded("--rate", Value(), 0, 1_000_000) },
                "--areas" => options with { Areas = AreaList(Value()) },
                "--server-cpu" => options with { ServerCpu = Bounded("--server-cpu", Value(), 0, Environment.ProcessorCount - 1) },
                "--client-cpu" => options with { ClientCpu = Bounded("--client-cpu", Value(), 0, Environment.ProcessorCount - 1) },
                "--idle" => options with { Idle = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.Target is not null && string.IsNullOrEmpty(options.Secret))
        {
            throw new ArgumentException("--target needs --secret, the host's Direct Line secret.");
        }

        return options;
    }

    private static string StoreNamed(string value) =>
        new[] { "Sqlite", "Postgres", "Memory" }.FirstOrDefault(s => string.Equals(s, value, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"--store {value}: use Sqlite, Postgres or Memory.");

    /// <summary>Only a host on this machine: the address must be loopback (localhost, 127.0.0.0/8, ::1).</summary>
    private static Uri Loopback(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"--target {value}: give an http:// address, e.g. http://127.0.0.1:5000.");
        }

        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return loopback
            ? new Uri(uri.GetLeftPart(UriPartial.Authority) + "/")
            : throw new ArgumentException($"--target {value}: the load generator only drives a host on this machine (localhost, 127.0.0.1 or ::1).");
    }

    private static int Bounded(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} {value}: give a whole number from {min} to {max}.");

    private static IReadOnlyList<string> AreaList(string value)
    {
        var areas = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = areas.Where(a => !EverydayAnswers.Covered.Contains(a)).ToArray();
        return areas.Length > 0 && unknown.Length == 0
            ? areas
            : throw new ArgumentException($"--areas {value}: use some of {string.Join(", ", EverydayAnswers.Covered)}.");
    }
}
