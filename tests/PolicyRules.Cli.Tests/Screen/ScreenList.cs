using System.Text;
using System.Text.Json;

namespace PolicyRules.Cli.Tests.Screen;

/// <summary>A list written to a temporary file for <c>policyrules screen</c>, and the results read back.</summary>
internal sealed class ScreenList : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyrules-screen-").FullName;

    public string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>A CSV of <paramref name="header"/> and <paramref name="rows"/>, every cell quoted.</summary>
    public static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        string.Join('\n', new[] { header }.Concat(rows).Select(cells => string.Join(',', cells.Select(c => $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")))) + "\n";

    public static IReadOnlyList<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    public static string Status(JsonElement result, string program) =>
        result.GetProperty("programs").EnumerateArray().Single(p => p.GetProperty("id").GetString() == program).GetProperty("status").GetString()!;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
