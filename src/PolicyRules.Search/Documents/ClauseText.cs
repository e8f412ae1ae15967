using System.Text;

namespace PolicyRules.Search.Documents;

/// <summary>
/// The text of one clause, line by line. Lines are joined as printed, with a space only after a line that ends a sentence
/// or a heading, so that a phrase broken across lines is still one phrase. A clause that is a table's row (cells between
/// tabs) keeps its cells, written with a bar between them; a row continued on the next page (a line whose first cell is
/// empty) adds to its cells one by one.
/// </summary>
internal sealed class ClauseText
{
    private readonly StringBuilder _prose = new();
    private List<string>? _cells;

    public void Add(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var cells = line.Split('\t').Select(SourceText.Compact).ToList();
            if (_cells is null && _prose.Length == 0)
            {
                _cells = cells;
                return;
            }

            if (_cells is not null && cells[0].Length == 0)
            {
                for (var i = 1; i < Math.Min(cells.Count, _cells.Count); i++)
                {
                    _cells[i] += cells[i];
                }

                return;
            }
        }

        AddProse(SourceText.Compact(ClausePath.WithoutBullet(line.Trim()).Replace("\t", " | ", StringComparison.Ordinal)).Trim('|'));
    }

    public override string ToString()
    {
        var row = _cells is null ? string.Empty : string.Join("|", _cells).TrimEnd('|');
        return string.Join(' ', new[] { row, _prose.ToString().Trim() }.Where(t => t.Length > 0));
    }

    private void AddProse(string text)
    {
        if (_prose.Length > 0 && EndsSentence(_prose[^1]))
        {
            _prose.Append(' ');
        }

        var opens = _prose.Length == 0 && _cells is null;
        _prose.Append(text);
        if (opens && !text.Contains('。', StringComparison.Ordinal))
        {
            // A heading: what follows is its body.
            _prose.Append(' ');
        }
    }

    private static bool EndsSentence(char c) => c is '。' or '；' or '：' or '！' or '？' or ';' or ':' or '!' or '?';
}
