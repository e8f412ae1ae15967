using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Conversation.Cards;

/// <summary>
/// The answer, decision first: one line per program that concerns the person (符合 / 不符合 / 还不能确定),
/// then, for a yes, the amounts, the full document checklist (一次性告知), the dates, the office and
/// the clauses and notices; for a no, what failed, by clause, and how the answer could change; and the
/// programs that only wait on "don't know" answers gathered in one block naming what is missing and
/// whom to ask. The same report as the CLI rides along in <c>channelData.policyRules.report</c>.
/// </summary>
internal static class ResultCard
{
    public static Activity Build(Report report, string locale)
    {
        var concerned = report.Programs.Where(Concerns).ToArray();
        var eligible = concerned.Where(p => p.Status == ProgramStatus.Eligible).ToArray();
        var granting = eligible.Where(GivesSomething).ToArray();
        var protecting = eligible.Except(granting).ToArray();
        var ineligible = concerned.Where(p => p.Status == ProgramStatus.Ineligible).ToArray();
        var open = concerned.Where(p => p.Status == ProgramStatus.Undetermined).ToArray();
        var text = new StringBuilder();

        // The decision the person came for leads; a protection everyone has (no fees) follows it.
        // One paragraph per decision: a Markdown hard line break would need trailing spaces, which chat clients trim.
        var decisions = granting.Concat(ineligible).Concat(open).Concat(protecting).Select(p => $"**{StatusText(p.Status, locale)}{Punctuation.Colon(locale)}{MarkdownText.Escape(p.Title)}**");
        text.AppendJoin(Environment.NewLine + Environment.NewLine, decisions).AppendLine();

        if (concerned.Length == 0)
        {
            text.AppendLine(Strings.NothingApplies.In(locale));
        }

        var dates = new PeopleDates(report.Date, locale);
        var noticesShown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var program in granting)
        {
            AppendGranted(text, program, dates, locale, titled: concerned.Length > 1, noticesShown);
        }

        foreach (var program in ineligible)
        {
            AppendRefused(text, program, locale, titled: concerned.Length > 1);
        }

        foreach (var program in protecting)
        {
            AppendGranted(text, program, dates, locale, titled: concerned.Length > 1, noticesShown);
        }

        if (open.Length > 0)
        {
            AppendOpen(text, open, locale);
        }

        text.AppendLine().Append(Strings.Disclaimer.In(locale));
        var activity = MessageFactory.Text(text.ToString());
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Locale = locale;
        activity.ChannelData = new JObject { ["policyRules"] = new JObject { ["report"] = JToken.Parse(ReportJson.Serialize(report)) } };
        return activity;
    }

    /// <summary>
    /// A program the card speaks about: not one that does not apply, nor a "no" for a program the
    /// person's situation was never shown to fall under (the report still carries both).
    /// </summary>
    private static bool Concerns(ProgramReport program) =>
        program.Status != ProgramStatus.NotApplicable
        && !(program.Status == ProgramStatus.Ineligible && program.Applies != true);

    /// <summary>A "yes" with something to receive, bring or do by a date, as opposed to a protection that asks nothing of the person.</summary>
    private static bool GivesSomething(ProgramReport program) =>
        program.Amounts.Count > 0 || program.Documents.Count > 0 || program.Deadlines.Count > 0;

    /// <summary>A "yes": what the person gets and everything to bring, when, where, and why; titled when several programs are on the card.</summary>
    private static void AppendGranted(StringBuilder text, ProgramReport program, PeopleDates dates, string locale, bool titled, HashSet<string> noticesShown)
    {
        AppendTitle(text, program, titled);
        AppendList(text, Strings.Amounts.In(locale), program.Amounts.Select(a => AmountText(a, locale)));
        AppendList(text, Strings.Documents.In(locale), program.Documents.Select(d => d.Form is null ? d.Name : d.Name + Punctuation.Parenthesized(d.Form, locale)));
        AppendList(text, Strings.Deadlines.In(locale), program.Deadlines.Select(d => $"{dates.Period(d.From, d.To)} {d.Text}" + (d.Office is null ? string.Empty : Punctuation.Parenthesized(d.Office, locale))));
        AppendOffice(text, program.Office, locale);
        AppendList(text, Strings.Why.In(locale), program.Reasons.Select(r => Cited(r, locale)));
        // A notice several programs share (the fee prohibition, the supervision phones) is said once.
        AppendList(text, Strings.Notices.In(locale), program.Notices.Select(r => Cited(r, locale)).Where(noticesShown.Add));
    }

    /// <summary>A "no" gives what failed, by clause, and never the checklist of a program the person cannot use.</summary>
    private static void AppendRefused(StringBuilder text, ProgramReport program, string locale, bool titled)
    {
        AppendTitle(text, program, titled);
        AppendList(text, Strings.WhatFailed.In(locale), program.Reasons.Select(r => Cited(r, locale)));
        text.AppendLine().AppendLine(Strings.WhatWouldChange.In(locale));
        AppendOffice(text, program.Office, locale);
    }

    /// <summary>The programs that wait only on answers the person does not know, in one block: what is missing, whom to ask.</summary>
    private static void AppendOpen(StringBuilder text, IReadOnlyList<ProgramReport> open, string locale)
    {
        text.AppendLine().AppendLine(Strings.StillOpen.In(locale));
        // Each reason names the questions still open and cites the clause whose condition reads them.
        var needed = open.SelectMany(p => p.Reasons).Select(r => Cited(r, locale)).Distinct();
        foreach (var line in needed)
        {
            text.AppendLine().AppendLine(MarkdownText.Escape(line));
        }

        var offices = open.Select(p => p.Office).OfType<OfficeReport>().DistinctBy(o => o.Name).Select(o => OfficeText(o, locale)).ToArray();
        if (offices.Length > 0)
        {
            text.AppendLine().Append(Strings.WhomToAsk.In(locale)).AppendLine(string.Join(Locales.IsEnglish(locale) ? "; " : "；", offices));
        }
    }

    /// <summary>The program's name above its block, when the card speaks of more than one; the decision line already names a lone one.</summary>
    private static void AppendTitle(StringBuilder text, ProgramReport program, bool titled)
    {
        if (titled)
        {
            text.AppendLine().Append("**").Append(MarkdownText.Escape(program.Title)).AppendLine("**");
        }
    }

    private static void AppendOffice(StringBuilder text, OfficeReport? office, string locale)
    {
        if (office is not null)
        {
            text.AppendLine().Append(Strings.Office.In(locale)).AppendLine(OfficeText(office, locale));
        }
    }

    private static string OfficeText(OfficeReport office, string locale) => MarkdownText.Escape(
        office.Name
        + (office.Phone is null ? string.Empty : (Locales.IsEnglish(locale) ? ", tel. " : "，电话") + office.Phone)
        + (office.Address is null ? string.Empty : (Locales.IsEnglish(locale) ? ", " : "，") + office.Address));

    private static string Cited(ReasonReport reason, string locale) =>
        reason.Citation is null ? reason.Text : reason.Text + Punctuation.Parenthesized($"{reason.Citation.Document} {reason.Citation.Clause}", locale);

    private static string StatusText(string status, string locale) => status switch
    {
        ProgramStatus.Eligible => Strings.Eligible.In(locale),
        ProgramStatus.Ineligible => Strings.Ineligible.In(locale),
        _ => Strings.Undetermined.In(locale),
    };

    private static string AmountText(AmountReport amount, string locale)
    {
        var figure = amount.Value is { } value
            ? value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture) + (amount.Unit == "yuan" ? Strings.Yuan.In(locale) : $" {amount.Unit}")
            : amount.Formula;
        var period = amount.Period switch
        {
            "perMonth" => Strings.PerMonth.In(locale),
            "perYear" => Strings.PerYear.In(locale),
            "total" => Strings.Total.In(locale),
            _ => Strings.OneOff.In(locale),
        };
        var years = amount.Years is { } cap ? string.Format(CultureInfo.InvariantCulture, Strings.UpToYears.In(locale), cap) : string.Empty;
        var citation = amount.Citation is null ? string.Empty : Punctuation.Parenthesized($"{amount.Citation.Document} {amount.Citation.Clause}", locale);
        return $"{amount.Label}{Punctuation.Colon(locale)}{figure}{period}{years}{citation}";
    }

    /// <summary>A heading and its list, after a blank line: in Markdown a line right after a list item would run into it.</summary>
    private static void AppendList(StringBuilder text, string heading, IEnumerable<string> items)
    {
        var lines = items.ToArray();
        if (lines.Length == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(heading);
        foreach (var line in lines)
        {
            text.Append("- ").AppendLine(MarkdownText.Escape(line));
        }
    }
}
