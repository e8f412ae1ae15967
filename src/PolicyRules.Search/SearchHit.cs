namespace PolicyRules.Search;

/// <summary>
/// One clause that answers a query: where it is (document number, title, clause path), the passage around the match with
/// each match between ** and **, its score, and the rules that cite the clause with the programs they decide.
/// </summary>
public sealed record SearchHit(string DocumentNumber, string Title, string ClausePath, string Passage, double Score, IReadOnlyList<CitingRule> Rules);
