namespace PolicyRules.Search.Index;

/// <summary>A clause as the index holds it, with its document's number and title.</summary>
internal sealed record IndexedClause(long Id, string DocumentNumber, string Title, string Path, string Text);
