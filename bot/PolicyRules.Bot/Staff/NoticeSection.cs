namespace PolicyRules.Bot.Staff;

/// <summary>A headed list on the notice.</summary>
internal sealed record NoticeSection(string Heading, IReadOnlyList<NoticeLine> Lines);
