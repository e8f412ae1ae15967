using System.Security.Cryptography;
using System.Text;
using PolicyRules.Screening.Catalog.Descriptions;
using PolicyRules.Search.Index;
using PolicyRules.Search.Ranking;

namespace PolicyRules.Search;

/// <summary>
/// Full-text search over a folder of policy documents, answered clause by clause. The folder is indexed on first use and
/// again whenever its files change (see <see cref="ClauseIndex"/>). A clause's score is the BM25 of the query's words in
/// it (<see cref="SearchTerm"/>), times <see cref="RuleBoost"/> when a rule cites the clause: the clauses the rules
/// encode come first among clauses that say the same. Safe to share between threads.
/// </summary>
public sealed class PolicySearch(SearchOptions options, IEnumerable<RuleDescription> rules)
{
    public const int DefaultLimit = 10;
    public const int MaximumLimit = 100;

    /// <summary>How much more a clause counts when a rule cites it.</summary>
    public const double RuleBoost = 1.5;

    private readonly ClauseCitations _citations = new(rules);
    private readonly Lock _rebuilding = new();
    private ClauseIndex? _index;

    /// <summary>
    /// The clauses that answer <paramref name="query"/>, best first, at most <paramref name="limit"/> of them. Throws a
    /// <see cref="DocumentsFolderException"/> when the documents folder is missing or empty.
    /// </summary>
    public SearchResults Search(string query, int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaximumLimit);
        var terms = SearchTerm.Parse(query);
        var index = Current();
        if (terms.Count == 0)
        {
            return new SearchResults(query, []);
        }

        var containing = terms.SelectMany(t => t.Phrases).Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p, index.Containing, StringComparer.OrdinalIgnoreCase);
        var candidates = containing.Values.SelectMany(ids => ids).Distinct().Where(id => terms.All(t => t.Matches(id, containing)));
        var bm25 = new Bm25(index.ClauseCount, index.AverageLength);
        var hits = index.Fetch(candidates)
            .Select(clause =>
            {
                var citing = _citations.Of(clause.DocumentNumber, clause.Path, clause.Text);
                var score = terms.Sum(t => t.Score(clause.Text, containing, bm25)) * (citing.Count > 0 ? RuleBoost : 1);
                return (Clause: clause, Score: score, Rules: citing);
            })
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Clause.Id)
            .Take(limit)
            .Select(h => new SearchHit(
                h.Clause.DocumentNumber, h.Clause.Title, h.Clause.Path, Passage.Of(h.Clause.Text, terms), Math.Round(h.Score, 3), h.Rules));
        return new SearchResults(query, [.. hits]);
    }

    /// <summary>The index of the folder as its files are now: the one in use, the one in the cache, or a new one.</summary>
    private ClauseIndex Current()
    {
        var files = ClauseIndex.DocumentFiles(options.DocumentsFolder);
        var fingerprint = ClauseIndex.FingerprintOf(files);
        lock (_rebuilding)
        {
            if (_index?.Fingerprint != fingerprint)
            {
                var file = Path.Combine(options.CacheDirectory, $"search-{FolderKey()}.db");
                _index = ClauseIndex.TryOpen(file, fingerprint) ?? ClauseIndex.Build(file, files, fingerprint);
            }

            return _index;
        }
    }

    /// <summary>One cache file per documents folder.</summary>
    private string FolderKey() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(options.DocumentsFolder))))[..16].ToLowerInvariant();
}
