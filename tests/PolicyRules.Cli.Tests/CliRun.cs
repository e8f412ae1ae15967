using System.Text.Json;

namespace PolicyRules.Cli.Tests;

/// <summary>Runs <c>policyrules</c> in process with captured streams and a fixed clock.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly DateTimeOffset Now = new(2017, 5, 10, 9, 0, 0, TimeSpan.FromHours(8));

    public static async Task<CliRun> RunWithInputAsync(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new CommandLine(new StringReader(stdin), output, error, new FixedTime(Now)).RunAsync(args);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "school-enrolment", name);

    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public JsonElement Program(string id) => Json.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("Beijing", TimeSpan.FromHours(8), "Beijing", "Beijing");
    }
}
