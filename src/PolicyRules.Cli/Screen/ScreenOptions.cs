using System.Globalization;

namespace PolicyRules.Cli.Screen;

/// <summary>The command line of <c>policyrules screen FILE</c>; a mistake is a <see cref="UsageException"/>.</summary>
internal sealed record ScreenOptions(
    string Input, ScreenFormat? Format, string? Output, string? Key, DateOnly? Date, string? Language, string? Parameters, string? Summary)
{
    public static ScreenOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ScreenOptions(string.Empty, null, null, null, null, null, null, null);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => ++i < args.Count ? args[i] : throw new UsageException($"{name} needs a value.");
            options = name switch
            {
                "--format" => options with { Format = ParseFormat(Value()) },
                "--out" => options with { Output = Value() },
                "--key" => options with { Key = Value() },
                "--date" => options with { Date = ParseDate(Value()) },
                "--lang" => options with { Language = ParseLanguage(Value()) },
                "--parameters" => options with { Parameters = Value() },
                "--summary" => options with { Summary = Value() },
                _ when name.StartsWith("--", StringComparison.Ordinal) || options.Input.Length > 0 => throw new UsageException($"Unexpected argument '{name}'."),
                _ => options with { Input = name },
            };
        }

        return options.Input.Length > 0 ? options : throw new UsageException("screen needs a list: a .csv or .jsonl file, or - for standard input.");
    }

    /// <summary>The output format: --format, else the --out file's extension, else CSV.</summary>
    public ScreenFormat OutputFormat => Format ?? Path.GetExtension(Output)?.ToLowerInvariant() switch
    {
        ".xlsx" => ScreenFormat.Xlsx,
        ".jsonl" or ".ndjson" => ScreenFormat.JsonLines,
        _ => ScreenFormat.Csv,
    };

    private static ScreenFormat ParseFormat(string text) => text switch
    {
        "csv" => ScreenFormat.Csv,
        "jsonl" => ScreenFormat.JsonLines,
        "xlsx" => ScreenFormat.Xlsx,
        _ => throw new UsageException($"--format must be csv, jsonl or xlsx, not '{text}'."),
    };

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"--date must be a yyyy-MM-dd date, not '{text}'.");

    private static string ParseLanguage(string text) =>
        text is "zh-CN" or "en" ? text : throw new UsageException($"--lang must be zh-CN or en, not '{text}'.");
}

internal enum ScreenFormat
{
    Csv,
    JsonLines,
    Xlsx,
}
