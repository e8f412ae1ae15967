using System.Text;

namespace PolicyRules.Search.Documents;

/// <summary>
/// Splits a document's lines into clauses at the numbered headings that open them (see <see cref="ClausePath"/>). A clause
/// runs to the next heading; its lines are joined as printed, with a space only after a line that ends a sentence or a
/// heading, so that a phrase broken across lines is still one phrase.
/// </summary>
internal static class ClauseSplitter
{
    public static IReadOnlyList<Clause> Split(IReadOnlyList<string> lines)
    {
        var path = new ClausePath();
        var clauses = new List<Clause>();
        var current = ClausePath.Preamble;
        var text = new StringBuilder();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            // A table's cells keep a bar between them, so that a row reads as a row.
            var compact = SourceText.Compact(ClausePath.WithoutBullet(line.Trim()).Replace("\t", " | ", StringComparison.Ordinal)).Trim('|');
            if (path.Advance(line) is { } opened)
            {
                Add(clauses, current, text);
                current = opened;
                text.Clear();
            }
            else if (text.Length > 0 && EndsSentence(text[^1]))
            {
                text.Append(' ');
            }

            text.Append(compact);
            if (text.Length == compact.Length && !compact.Contains('。', StringComparison.Ordinal))
            {
                // A heading: what follows is its body.
                text.Append(' ');
            }
        }

        Add(clauses, current, text);
        return clauses;
    }

    private static bool EndsSentence(char c) => c is '。' or '；' or '：' or '！' or '？' or ';' or ':' or '!' or '?';

    private static void Add(List<Clause> clauses, string path, StringBuilder text)
    {
        var body = text.ToString().Trim();
        if (body.Length > 0)
        {
            clauses.Add(new Clause(path, body));
        }
    }
}
