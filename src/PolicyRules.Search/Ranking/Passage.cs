using System.Text;

namespace PolicyRules.Search.Ranking;

/// <summary>
/// The part of a clause to show for a query: about <see cref="Length"/> characters around the first place it says a word of
/// the query (or, failing that, a pair of one), with every such place in it between ** and **, and … where it was cut.
/// </summary>
internal static class Passage
{
    public const int Length = 140;
    private const int Before = 40;
    public const string Mark = "**";

    public static string Of(string text, IReadOnlyList<SearchTerm> terms)
    {
        var found = terms.Select(t => t.Text).Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)).ToArray();
        var marked = found.Length > 0 ? found : [.. terms.SelectMany(t => t.Pairs).Where(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))];
        var first = marked.Select(m => text.IndexOf(m, StringComparison.OrdinalIgnoreCase)).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, Math.Min(first - Before, text.Length - Length));
        var end = Math.Min(text.Length, start + Length);

        var highlighted = new bool[text.Length];
        foreach (var phrase in marked)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(highlighted, true, at, phrase.Length);
            }
        }

        var passage = new StringBuilder(start > 0 ? "…" : string.Empty);
        for (var i = start; i < end; i++)
        {
            if (highlighted[i] && (i == start || !highlighted[i - 1]))
            {
                passage.Append(Mark);
            }

            passage.Append(text[i]);
            if (highlighted[i] && (i == end - 1 || !highlighted[i + 1]))
            {
                passage.Append(Mark);
            }
        }

        return passage.Append(end < text.Length ? "…" : string.Empty).ToString();
    }
}
