using System.Text.RegularExpressions;

namespace PolicyRules.Search.Ranking;

/// <summary>
/// One word of a query (the query split at spaces, each word compacted as the texts are). Chinese has no spaces between
/// words, so a clause matches a word when it holds the word itself, or, for a word of three characters or more, most of
/// its overlapping pairs of characters: 养老驿站 finds the clauses about 社区养老服务驿站 (养老, 驿站) as well as those
/// that say 养老驿站. The word weighs most, said as it is or with a word or two inside it (养老服务驿站 says 养老驿站
/// loosely, and counts half).
/// </summary>
internal sealed class SearchTerm
{
    private const double WordWeight = 2;

    private SearchTerm(string text)
    {
        Text = text;
        Pairs = text.Length < 3 ? [] : [.. Enumerable.Range(0, text.Length - 1).Select(i => text.Substring(i, 2)).Distinct()];
        _loosely = Pairs.Count == 0 ? null
            : new Regex(string.Join(".{0,2}", text.Select(c => Regex.Escape(c.ToString()))), RegexOptions.IgnoreCase | RegexOptions.Singleline);
    }

    private readonly Regex? _loosely;

    public string Text { get; }

    /// <summary>The overlapping pairs of characters of a word of three characters or more.</summary>
    public IReadOnlyList<string> Pairs { get; }

    /// <summary>The phrases to look up in the index for this word: the word and its pairs.</summary>
    public IEnumerable<string> Phrases => Pairs.Prepend(Text);

    /// <summary>The words of <paramref name="query"/>, each once, without the punctuation around them.</summary>
    public static IReadOnlyList<SearchTerm> Parse(string query) =>
        [.. query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => SourceText.Compact(w).Trim(Punctuation))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(w => new SearchTerm(w))];

    /// <summary>Whether the clause holds the word, or at least half (and two) of its pairs.</summary>
    public bool Matches(long clause, IReadOnlyDictionary<string, IReadOnlySet<long>> containing) =>
        containing[Text].Contains(clause)
        || (Pairs.Count > 0 && Pairs.Count(p => containing[p].Contains(clause)) >= Math.Min(Pairs.Count, Math.Max(2, (Pairs.Count + 1) / 2)));

    /// <summary>BM25 of the word (said loosely counting half), doubled, plus the mean BM25 of its pairs.</summary>
    public double Score(string text, IReadOnlyDictionary<string, IReadOnlySet<long>> containing, Bm25 bm25) =>
        (WordWeight * bm25.Score(text, Frequency(text), containing[Text].Count))
        + (Pairs.Count == 0 ? 0 : Pairs.Average(p => bm25.Score(text, Bm25.Occurrences(text, p), containing[p].Count)));

    private double Frequency(string text)
    {
        var exact = Bm25.Occurrences(text, Text);
        return _loosely is null ? exact : exact + ((_loosely.Count(text) - exact) / 2.0);
    }

    private static readonly char[] Punctuation = ['，', '。', '、', '；', '：', '？', '！', '“', '”', '‘', '’', '《', '》', ',', '.', ';', ':', '?', '!', '"', '\''];
}
