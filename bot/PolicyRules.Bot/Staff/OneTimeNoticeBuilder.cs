using System.Globalization;
using PolicyRules.Localization;
using PolicyRules.Screening.Reports;
using PolicyRules.Screening.Text;

namespace PolicyRules.Bot.Staff;

/// <summary>
/// Writes the one-time notice for the programs a clerk chose from their report: the decision for each, every document
/// not yet received, the dates, the office, what failed (each with its clause) or what is still to be established, the
/// clauses, and, when a program is refused, the right to administrative review or litigation.
/// </summary>
internal sealed class OneTimeNoticeBuilder(string locale)
{
    /// <summary>The notice of <paramref name="report"/>, listing every document but those <paramref name="received"/> (already handed in).</summary>
    public OneTimeNotice Build(Report report, IReadOnlySet<string> received, DateOnly issuedOn)
    {
        var concerned = report.Programs.Where(Concerns).OrderBy(DecisionOrder).ToArray();
        var outside = report.Programs.Where(p => p.Status == ProgramStatus.NotApplicable).Select(p => new NoticeLine(p.Title)).ToArray();
        var date = DateOnly.ParseExact(report.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new OneTimeNotice(
            locale,
            NoticeTexts.Title.In(locale),
            NoticeTexts.Intro.In(locale),
            NoticeTexts.Basis,
            report.Date,
            issuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [
                new NoticeLine(NoticeTexts.RulesAsOf.In(locale) + TextRenderer.FormatDate(date, locale)),
                new NoticeLine(NoticeTexts.IssuedOn.In(locale) + TextRenderer.FormatDate(issuedOn, locale)),
            ],
            [.. NoticeTexts.Blanks.Select(b => b.In(locale))],
            [.. concerned.Select(p => Program(p, received))],
            outside.Length == 0 ? null : new NoticeSection(NoticeTexts.NotApplicableHeading.In(locale), outside),
            concerned.Any(p => p.Status == ProgramStatus.Ineligible) ? new NoticeLine(NoticeTexts.Review.In(locale), NoticeTexts.Basis) : null,
            NoticeTexts.Disclaimer.In(locale));
    }

    /// <summary>
    /// A program the notice speaks about, as on the bot's result card: not one the applicant is outside of, nor a "no"
    /// for a program their situation was never shown to fall under.
    /// </summary>
    private static bool Concerns(ProgramReport program) =>
        program.Status != ProgramStatus.NotApplicable
        && !(program.Status == ProgramStatus.Ineligible && program.Applies != true);

    /// <summary>As on the result card: a yes with something to bring or do, then a no, then "cannot tell yet", then a protection everyone has.</summary>
    private static int DecisionOrder(ProgramReport program) => program.Status switch
    {
        ProgramStatus.Eligible when program.Documents.Count > 0 || program.Deadlines.Count > 0 || program.Amounts.Count > 0 => 0,
        ProgramStatus.Ineligible => 1,
        ProgramStatus.Undetermined => 2,
        _ => 3,
    };

    private NoticeProgram Program(ProgramReport program, IReadOnlySet<string> received)
    {
        var sections = new List<NoticeSection>();
        if (program.Status == ProgramStatus.Ineligible)
        {
            sections.Add(Section(NoticeTexts.Failed, program.Reasons.Select(r => new NoticeLine(r.Text, r.Citation))));
        }
        else
        {
            var missing = program.Documents.Where(d => !received.Contains(d.Id)).Select(DocumentLine).ToArray();
            if (program.Documents.Count > 0)
            {
                sections.Add(Section(NoticeTexts.Documents, missing.Length > 0 ? missing : [new NoticeLine(NoticeTexts.AllReceived.In(locale))]));
            }

            sections.Add(Section(NoticeTexts.Deadlines, program.Deadlines.Select(DeadlineLine)));
            if (program.Status == ProgramStatus.Undetermined)
            {
                sections.Add(Section(NoticeTexts.StillNeeded, program.Reasons.Select(r => new NoticeLine(r.Text, r.Citation))));
            }

            sections.Add(Section(NoticeTexts.PleaseNote, program.Notices.Select(n => new NoticeLine(n.Text, n.Citation))));
        }

        if (program.Office is { } office)
        {
            sections.Add(Section(NoticeTexts.Office, [new NoticeLine(OfficeText(office), office.Citation)]));
        }

        sections.Add(Section(NoticeTexts.Clauses, Clauses(program).Select(c => new NoticeLine($"{c.Document} {c.Clause}"))));
        return new NoticeProgram(program.Id, program.Title, program.Status, NoticeTexts.Decision(program.Status, locale),
            [.. sections.Where(s => s.Lines.Count > 0)]);
    }

    private NoticeSection Section(Localized heading, IEnumerable<NoticeLine> lines) => new(heading.In(locale), [.. lines]);

    private NoticeLine DocumentLine(DocumentReport document) =>
        new(document.Form is null ? document.Name : document.Name + Parenthesized(document.Form), document.Citation);

    private NoticeLine DeadlineLine(DeadlineReport deadline)
    {
        var text = $"{Period(deadline.From, deadline.To)} {deadline.Text}"
            + (deadline.Office is null ? string.Empty : Parenthesized(deadline.Office))
            + (deadline.Passed ? NoticeTexts.Passed.In(locale) : string.Empty);
        return new NoticeLine(text, deadline.Citation);
    }

    private string Period(string? from, string? to) => (from, to) switch
    {
        ({ } start, { } end) => string.Format(CultureInfo.InvariantCulture, NoticeTexts.Period.In(locale), Day(start), Day(end)),
        ({ } start, null) => string.Format(CultureInfo.InvariantCulture, NoticeTexts.From.In(locale), Day(start)),
        (null, { } end) => string.Format(CultureInfo.InvariantCulture, NoticeTexts.Until.In(locale), Day(end)),
        _ => string.Empty,
    };

    private string Day(string date) => TextRenderer.FormatDate(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), locale);

    private string OfficeText(OfficeReport office)
    {
        var separator = Locales.IsEnglish(locale) ? ", " : "，";
        return office.Name
            + (office.Address is null ? string.Empty : separator + NoticeTexts.Address.In(locale) + office.Address)
            + (office.Phone is null ? string.Empty : separator + NoticeTexts.Phone.In(locale) + office.Phone);
    }

    /// <summary>
    /// Every clause the program's entry rests on, each once, in the order they first appear: for a refusal those of
    /// what failed and of the office, since the notice lists no documents or dates for it.
    /// </summary>
    private static IEnumerable<CitationReport> Clauses(ProgramReport program)
    {
        var refused = program.Status == ProgramStatus.Ineligible;
        return program.Reasons.Select(r => r.Citation)
            .Concat(refused ? [] : program.Documents.Select(d => d.Citation))
            .Concat(refused ? [] : program.Deadlines.Select(d => d.Citation))
            .Append(program.Office?.Citation)
            .Concat(refused ? [] : program.Notices.Select(n => n.Citation))
            .OfType<CitationReport>()
            .Distinct();
    }

    private string Parenthesized(string text) => Locales.IsEnglish(locale) ? $" ({text})" : $"（{text}）";
}
