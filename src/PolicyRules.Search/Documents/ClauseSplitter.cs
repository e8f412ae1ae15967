namespace PolicyRules.Search.Documents;

/// <summary>Splits a document's lines into clauses at the numbered headings that open them (see <see cref="ClausePath"/>).</summary>
internal static class ClauseSplitter
{
    public static IReadOnlyList<Clause> Split(IReadOnlyList<string> lines)
    {
        var path = new ClausePath();
        var clauses = new List<Clause>();
        var current = ClausePath.Preamble;
        var text = new ClauseText();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l) && !path.RepeatsTableHeader(l)))
        {
            if (path.Advance(line) is { } opened)
            {
                Add(clauses, current, text);
                (current, text) = (opened, new ClauseText());
            }

            text.Add(line);
        }

        Add(clauses, current, text);
        return clauses;
    }

    private static void Add(List<Clause> clauses, string path, ClauseText text)
    {
        var body = text.ToString();
        if (body.Length > 0)
        {
            clauses.Add(new Clause(path, body));
        }
    }
}
