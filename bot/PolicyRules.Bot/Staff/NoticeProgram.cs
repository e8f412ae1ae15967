namespace PolicyRules.Bot.Staff;

/// <summary>One program on the notice: its decision, then what the applicant must bring or do, where, and the clauses.</summary>
internal sealed record NoticeProgram(string Id, string Title, string Status, string Decision, IReadOnlyList<NoticeSection> Sections);
