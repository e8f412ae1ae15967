namespace PolicyRules.Screening.Reports;

/// <summary>A reason of the explanation tree: what it says, the clause behind it, and the reasons it rests on.</summary>
public sealed record ExplanationNode(ReasonKind Kind, string Text, CitationReport? Citation, IReadOnlyList<ExplanationNode> Children);
