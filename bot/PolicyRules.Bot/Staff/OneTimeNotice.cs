using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// The written one-time notice (一次性告知单) of 海政办发〔2017〕50号 第十九条, ready to print: every sentence is in the
/// notice's language, so the console's print view and the PDF only lay it out.
/// </summary>
/// <remarks>
/// <see cref="Date"/> is the date the case was evaluated at and <see cref="IssuedOn"/> the day the notice is handed over
/// (both yyyy-MM-dd); <see cref="Blanks"/> are the lines the clerk and the applicant fill in by hand (nothing personal is
/// typed into the console); <see cref="NotApplicable"/> lists the chosen programs the applicant's situation is outside
/// of; <see cref="Review"/> is the right to administrative review or litigation, given when a program is refused.
/// </remarks>
internal sealed record OneTimeNotice(
    string Locale,
    string Title,
    string Intro,
    CitationReport Basis,
    string Date,
    string IssuedOn,
    IReadOnlyList<NoticeLine> Facts,
    IReadOnlyList<string> Blanks,
    IReadOnlyList<NoticeProgram> Programs,
    NoticeSection? NotApplicable,
    NoticeLine? Review,
    string Disclaimer);
