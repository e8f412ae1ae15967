using System.Globalization;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation.Cards;

/// <summary>
/// Dates as people write them: "5月8日至5月31日", "5月19日前", "5月10日起" in Chinese, "8 May to 31 May",
/// "by 19 May", "from 10 May" in English; the year only when it is not the year of the report.
/// </summary>
internal sealed class PeopleDates(string reportDate, string locale)
{
    private readonly int _year = Parse(reportDate)?.Year ?? 0;

    private bool English => Locales.IsEnglish(locale);

    public string Period(string? from, string? to) => (Parse(from), Parse(to)) switch
    {
        ({ } start, { } end) when start == end => Day(start),
        ({ } start, { } end) => English ? $"{Day(start)} to {Day(end)}" : $"{Day(start)}至{Day(end)}",
        ({ } start, null) => English ? $"from {Day(start)}" : $"{Day(start)}起",
        (null, { } end) => English ? $"by {Day(end)}" : $"{Day(end)}前",
        _ => string.Empty,
    };

    private string Day(DateOnly date) => English
        ? date.ToString(date.Year == _year ? "d MMMM" : "d MMMM yyyy", CultureInfo.InvariantCulture)
        : (date.Year == _year ? string.Empty : $"{date.Year}年") + $"{date.Month}月{date.Day}日";

    private static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
