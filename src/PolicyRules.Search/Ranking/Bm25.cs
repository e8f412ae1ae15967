namespace PolicyRules.Search.Ranking;

/// <summary>
/// Okapi BM25 (k1 = 1.2, b = 0.75, the values FTS5's bm25() uses) of a phrase in a clause: how often the clause says it,
/// against how long the clause is and how many clauses say it at all.
/// </summary>
internal sealed class Bm25(int clauseCount, double averageLength)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The score of a phrase the clause says <paramref name="frequency"/> times.</summary>
    public double Score(string text, double frequency, int clausesContaining)
    {
        if (frequency == 0)
        {
            return 0;
        }

        var idf = Math.Log(1 + ((clauseCount - clausesContaining + 0.5) / (clausesContaining + 0.5)));
        return idf * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * text.Length / averageLength))));
    }

    public static int Occurrences(string text, string phrase)
    {
        var count = 0;
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }
}
