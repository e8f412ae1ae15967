using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// A date as case files write it, yyyy-MM-dd. Text in that form that names no real day (2017-02-30, 2017-13-01) is told
/// apart from text in another form, so the person hears which mistake they made.
/// </summary>
public static partial class CalendarDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The mistake in <paramref name="text"/> when it has the form yyyy-MM-dd but no such day exists, naming why; null when
    /// it is a real day or not in that form at all.
    /// </summary>
    public static InputError? NoSuchDay(string variable, string text)
    {
        var match = Shape().Match(text);
        if (!match.Success || TryParse(text, out _))
        {
            return null;
        }

        var (year, month, day) = (Number(match, 1), Number(match, 2), Number(match, 3));
        (string Zh, string En) why = (year, month, day) switch
        {
            (< 1, _, _) => ("年份从0001开始", "years start at 0001"),
            (_, < 1 or > 12, _) => ("月份只有01至12", "months run from 01 to 12"),
            (_, _, < 1) => ("日从01开始", "days start at 01"),
            _ => ($"{year}年{month}月只有{DateTime.DaysInMonth(year, month)}天",
                $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {DateTime.DaysInMonth(year, month)} days"),
        };
        return new InputError(variable, $"{text} 不是存在的日期（{why.Zh}）；请检查后重新输入。", $"{text} is not a real date ({why.En}); please check it.");
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse does not read.
    [GeneratedRegex("^([0-9]{4})-([0-9]{2})-([0-9]{2})\\z")]
    private static partial Regex Shape();
}
