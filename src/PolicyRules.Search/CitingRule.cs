namespace PolicyRules.Search;

/// <summary>A rule that cites a clause, and a program it decides (null for a rule that decides none by itself).</summary>
public sealed record CitingRule(string Rule, string? Program);
