namespace PolicyRules.Screening.Reports;

/// <summary>One program of an <see cref="Explanation"/>: its status, whether the person falls under it (null: not yet known), and its reasons as a tree.</summary>
public sealed record ProgramExplanation(string Id, string Title, string Status, bool? Applies, IReadOnlyList<ExplanationNode> Reasons);
