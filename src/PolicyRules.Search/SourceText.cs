using System.Text;

namespace PolicyRules.Search;

/// <summary>
/// The policy texts as converted from print: lines broken mid-sentence, and spaces the conversion put between digits and
/// Chinese characters (<c>2017 年 4 月</c>). Compacted, a text reads as printed (<c>2017年4月</c>) and a phrase is found
/// however the line fell; a space stays only between two Latin letters or digits (<c>LNG 和 CNG</c> → <c>LNG和CNG</c>,
/// <c>BEIJINGSHI MENTOUGOUQU</c> unchanged).
/// </summary>
public static class SourceText
{
    public static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
                continue;
            }

            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (builder.Length > 0 && next < text.Length && char.IsAsciiLetterOrDigit(builder[^1]) && char.IsAsciiLetterOrDigit(text[next]))
            {
                builder.Append(' ');
            }

            i = next - 1;
        }

        return builder.ToString();
    }
}
