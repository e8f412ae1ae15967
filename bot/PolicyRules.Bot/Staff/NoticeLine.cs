using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Staff;

/// <summary>A line of the notice, with the clause it rests on when there is one.</summary>
internal sealed record NoticeLine(string Text, CitationReport? Citation = null);
