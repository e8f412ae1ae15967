namespace PolicyRules.Search;

/// <summary>The clauses that answer a query, best first.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Results);
