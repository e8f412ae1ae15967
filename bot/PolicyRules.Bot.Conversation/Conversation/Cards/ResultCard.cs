using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Resources;
using PolicyRules.Screening.Reports;

namespace PolicyRules.Bot.Conversation.Cards;

/// <summary>
/// The answer: for each program that concerns the person, the outcome, the full document checklist
/// (一次性告知), the dates, the office and the clauses, then the disclaimer. The same report as the
/// CLI rides along in <c>channelData.policyRules.report</c>.
/// </summary>
internal static class ResultCard
{
    public static Activity Build(Report report, string locale)
    {
        var text = new StringBuilder(Strings.ResultHeading.In(locale)).AppendLine();
        foreach (var program in report.Programs.Where(Concerns))
        {
            text.AppendLine().Append("**").Append(StatusText(program.Status, locale)).Append("：").Append(program.Title).AppendLine("**");
            AppendList(text, Strings.Amounts.In(locale), program.Amounts.Select(a => AmountText(a, locale)));
            AppendList(text, Strings.Documents.In(locale), program.Documents.Select(d => d.Form is null ? d.Name : $"{d.Name}（{d.Form}）"));
            AppendList(text, Strings.Deadlines.In(locale), program.Deadlines.Select(d => $"{Period(d)} {d.Text}" + (d.Office is null ? string.Empty : $"（{d.Office}）")));
            if (program.Office is not null)
            {
                text.AppendLine().Append(Strings.Office.In(locale)).Append(program.Office.Name).AppendLine(program.Office.Phone is null ? string.Empty : $" {program.Office.Phone}");
            }

            AppendList(text, Strings.Why.In(locale), program.Reasons.Select(r => r.Citation is null ? r.Text : $"{r.Text}（{r.Citation.Document} {r.Citation.Clause}）"));
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
        var citation = amount.Citation is null ? string.Empty : $"（{amount.Citation.Document} {amount.Citation.Clause}）";
        return $"{amount.Label}：{figure}{period}{years}{citation}";
    }

    private static string Period(DeadlineReport deadline) =>
        deadline.From is not null && deadline.To is not null ? $"{deadline.From}–{deadline.To}" : deadline.From ?? $"≤ {deadline.To}";

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
            text.Append("- ").AppendLine(line);
        }
    }
}
