using System.Text;

namespace PolicyRules.Bot.Conversation.Cards;

/// <summary>
/// Policy text placed in a Markdown message, taken literally: a clause such as "三[工作要求](五)" would
/// otherwise render as a link, and a "*" in a formula as emphasis.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>";

    public static string Escape(string text)
    {
        if (text.IndexOfAny(Special.ToCharArray()) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
