namespace PolicyRules.Search.Documents;

/// <summary>
/// A clause of a document: its path as citations spell it (三(一)1, 四(二)2(1), 第十九条, 附件[26]; 前言 for the text before
/// the first numbered clause) and its text, compacted (<see cref="SourceText"/>), its heading included.
/// </summary>
public sealed record Clause(string Path, string Text);
