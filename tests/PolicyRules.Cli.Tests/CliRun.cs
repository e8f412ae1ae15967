using System.Text.Json;
using PolicyRules.Screening;

namespace PolicyRules.Cli.Tests;

/// <summary>Runs <c>policyrules</c> in process with captured streams and a fixed clock.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset Now = new(2017, 5, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public static Task<CliRun> RunWithInputAsync(string stdin, params string[] args) => RunWithInputAsync(stdin, null, args);

    /// <summary>Runs with <paramref name="screening"/> in place of the default services (a test area, say).</summary>
    public static async Task<CliRun> RunWithInputAsync(string stdin, Func<ScreeningServices>? screening, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new CommandLine(new StringReader(stdin), output, error, new FixedTime(Now), screening: screening).RunAsync(args);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, null, args);

    public static Task<CliRun> RunAsync(Func<ScreeningServices> screening, params string[] args) => RunWithInputAsync(string.Empty, screening, args);

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "school-enrolment", name);

    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public JsonElement Program(string id) => Json.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("Beijing", TimeSpan.FromHours(8), "Beijing", "Beijing");
    }
}
