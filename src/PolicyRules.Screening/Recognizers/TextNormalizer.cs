using System.Text;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Puts an answer in a canonical form before it is read: full-width digits, letters and punctuation
/// become their ASCII forms, runs of spaces become one, and surrounding spaces and closing
/// punctuation (。！!.~) go.
/// </summary>
public static class TextNormalizer
{
    private static readonly char[] Trailing = ['。', '!', '.', '~', '～', '…', ' ', '?'];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ch = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\t' or '\r' or '\n' or '\u00A0' => ' ',
                '\uFFE5' => '¥',
                '\u2018' or '\u2019' => '\'',
                _ => c,
            };
            if (ch == ' ' && builder.Length > 0 && builder[^1] == ' ')
            {
                continue;
            }

            builder.Append(ch);
        }

        return builder.ToString().Trim().TrimEnd(Trailing).Trim();
    }

    /// <summary>The text without any spaces, for the Chinese and numeric patterns.</summary>
    public static string Compact(string normalized) => normalized.Replace(" ", string.Empty, StringComparison.Ordinal);
}
