using System.Globalization;
using System.Text;
using PolicyRules.Localization;
using PolicyRules.Screening.Batch;

namespace PolicyRules.Cli.Screen;

/// <summary>The summary as a few lines for the terminal: rows and bad rows (by number), each program's counts, the questions most often missing.</summary>
internal static class SummaryText
{
    public static string Of(ScreeningSummary summary, IReadOnlyList<long> badRows, int badRowsNamed, string locale)
    {
        var english = Locales.IsEnglish(locale);
        var text = new StringBuilder();
        text.AppendLine(Format(english ? "{0:N0} rows screened." : "共筛查 {0:N0} 行。", summary.Rows));
        if (badRows.Count > 0)
        {
            var named = string.Join(english ? ", " : "、", badRows.Take(badRowsNamed).Select(r => r.ToString(CultureInfo.InvariantCulture)));
            var more = badRows.Count > badRowsNamed ? Format(english ? " and {0:N0} more" : " 等（另有 {0:N0} 行）", badRows.Count - badRowsNamed) : string.Empty;
            text.AppendLine(english
                ? Format("{0:N0} rows could not be screened (see their errors column): rows {1}{2}.", badRows.Count, named, more)
                : Format("{0:N0} 行无法筛查（原因见该行的 errors 列）：第 {1} 行{2}。", badRows.Count, named, more));
        }

        foreach (var program in summary.Programs)
        {
            text.AppendLine(Format(
                english ? "  {0} ({1}): {2:N0} eligible, {3:N0} ineligible, {4:N0} undetermined, {5:N0} not applicable"
                    : "  {0}（{1}）：符合 {2:N0}，不符合 {3:N0}，待定 {4:N0}，不适用 {5:N0}",
                program.Title, program.Id, program.Eligible, program.Ineligible, program.Undetermined, program.NotApplicable));
        }

        if (summary.MostOftenMissing.Count > 0)
        {
            text.AppendLine((english ? "Most often missing: " : "最常缺少的信息：")
                + string.Join(english ? ", " : "，", summary.MostOftenMissing.Select(m => Format(english ? "{0} ({1:N0} rows)" : "{0}（{1:N0} 行）", m.Variable, m.Rows))));
        }

        return text.ToString();
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
