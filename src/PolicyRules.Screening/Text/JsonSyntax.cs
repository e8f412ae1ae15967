using System.Text;
using System.Text.Json;

namespace PolicyRules.Screening.Text;

/// <summary>Where a JSON text goes wrong, as a person counts: lines and columns from 1, in characters rather than UTF-8 bytes.</summary>
internal static class JsonSyntax
{
    /// <summary>Whether the text nests arrays and objects deeper than <paramref name="depth"/> before any other mistake.</summary>
    public static bool NestsDeeperThan(string json, int depth)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = depth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= depth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Another mistake comes first.
        }

        return false;
    }

    /// <summary>
    /// The line and column (from 1) at which <paramref name="error"/> was found in <paramref name="json"/>, and the index
    /// of that character in the text (its length when the text ended too soon).
    /// </summary>
    public static (long Line, long Column, int Index) Position(string json, JsonException error)
    {
        var line = error.LineNumber ?? 0;
        var index = 0;
        for (var skipped = 0L; skipped < line && index < json.Length; skipped++)
        {
            var next = json.IndexOf('\n', index);
            index = next < 0 ? json.Length : next + 1;
        }

        var bytes = error.BytePositionInLine ?? 0;
        var column = 1L;
        while (bytes > 0 && index < json.Length && json[index] != '\n')
        {
            // A lone surrogate is transcoded as U+FFFD, three bytes, like any other invalid character.
            Rune.DecodeFromUtf16(json.AsSpan(index), out var rune, out var consumed);
            bytes -= rune.Utf8SequenceLength;
            index += consumed;
            column++;
        }

        return (line + 1, column, index);
    }
}
