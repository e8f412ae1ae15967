using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicyRules.Cli.Chat;

/// <summary>
/// The bot's Markdown as a terminal shows it: bold and headings as plain words, list items as "•" or
/// their number, line breaks kept, paragraphs apart; no "**" or "- " left for a person to read around.
/// Markdig parses; this only writes the tree back out as text.
/// </summary>
internal static class TerminalText
{
    public static string From(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        WriteBlocks(text, Markdown.Parse(markdown), indent: string.Empty);
        return text.ToString().TrimEnd();
    }

    private static void WriteBlocks(StringBuilder text, ContainerBlock container, string indent)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ListBlock list:
                    WriteList(text, list, indent);
                    break;
                case LeafBlock { Inline: { } inline }:
                    text.Append(indent);
                    WriteInlines(text, inline, indent);
                    text.AppendLine().AppendLine();
                    break;
                case LeafBlock leaf:
                    text.Append(indent).AppendJoin(Environment.NewLine + indent, leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.ToString()));
                    text.AppendLine().AppendLine();
                    break;
                case ContainerBlock nested:
                    WriteBlocks(text, nested, indent);
                    break;
            }
        }
    }

    private static void WriteList(StringBuilder text, ListBlock list, string indent)
    {
        var number = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var bullet = list.IsOrdered ? $"{number++}. " : "• ";
            var itemText = new StringBuilder();
            WriteBlocks(itemText, item, indent: string.Empty);
            var lines = itemText.ToString().TrimEnd().Split(Environment.NewLine).Where(l => l.Length > 0);
            text.Append(indent).Append(bullet).AppendJoin(Environment.NewLine + indent + new string(' ', bullet.Length), lines).AppendLine();
        }

        text.AppendLine();
    }

    private static void WriteInlines(StringBuilder text, ContainerInline container, string indent)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.AppendLine().Append(indent);
                    break;
                case LinkInline { Url: { } url } link:
                    WriteInlines(text, link, indent);
                    text.Append(" (").Append(url).Append(')');
                    break;
                case ContainerInline nested:
                    WriteInlines(text, nested, indent);
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
            }
        }
    }
}
