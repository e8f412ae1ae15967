using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads a calendar day: "2011年8月31日/号", "11年8月31号", "二〇一一年八月三十一日", "2011-08-31",
/// "2011/8/31", "2011.8.31", "20110831", "Aug 31 2011", "31 August 2011", "August 31, 2011".
/// A month without a day ("2011年8月") is asked again for the day: the day is never guessed. Orders
/// that could be day-first or month-first ("08/09/2011") are not read.
/// </summary>
public static partial class DateRecognizer
{
    private const string ChineseDigits = "0-9〇零○一二三四五六七八九";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static Recognition Recognize(string normalized, DateOnly asOf)
    {
        var compact = TextNormalizer.Compact(normalized);
        if (ChineseDate().Match(compact) is { Success: true } chinese)
        {
            return FromParts(Year(chinese.Groups["year"].Value, asOf), Number(chinese.Groups["month"].Value), Number(chinese.Groups["day"].Value));
        }

        if (NumericDate().Match(compact) is { Success: true } numeric)
        {
            return FromParts(Year(numeric.Groups["year"].Value, asOf), Number(numeric.Groups["month"].Value), Number(numeric.Groups["day"].Value));
        }

        if (ChineseMonth().Match(compact) is { Success: true } chineseMonth)
        {
            return MonthWithoutDay(Year(chineseMonth.Groups["year"].Value, asOf), Number(chineseMonth.Groups["month"].Value));
        }

        if (NumericMonth().Match(compact) is { Success: true } numericMonth)
        {
            return MonthWithoutDay(Year(numericMonth.Groups["year"].Value, asOf), Number(numericMonth.Groups["month"].Value));
        }

        return English(normalized) ?? NotUnderstood();
    }

    public static Recognition NotUnderstood() => Recognition.NotUnderstood(
        "没听懂这个日期。请按“2011年8月31日”或“2011-08-31”的格式输入。",
        "I didn't understand this date. Please enter it like \"31 August 2011\" or \"2011-08-31\".");

    private static Recognition FromParts(int? year, int? month, int? day)
    {
        if (year is null || month is null || day is null)
        {
            return NotUnderstood();
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2999 || day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return Recognition.NotUnderstood(
                $"没有{year}年{month}月{day}日这一天，请检查后按“2011年8月31日”或“2011-08-31”的格式重新输入。",
                $"There is no such day as {year}-{month:00}-{day:00}. Please check it and enter it like \"31 August 2011\" or \"2011-08-31\".");
        }

        return Recognition.Known(new DateOnly(year.Value, month.Value, day.Value));
    }

    private static Recognition MonthWithoutDay(int? year, int? month) => year is null || month is null or < 1 or > 12
        ? NotUnderstood()
        : Recognition.NotUnderstood(
            $"请告诉我具体是{year}年{month}月几日，例如“{year}年{month}月1日”或“{year:0000}-{month:00}-01”的格式；日期需要精确到日。",
            $"Please give the day in {MonthNames[month.Value - 1][..1].ToUpperInvariant()}{MonthNames[month.Value - 1][1..]} {year} too, e.g. \"1 {MonthNames[month.Value - 1][..1].ToUpperInvariant()}{MonthNames[month.Value - 1][1..]} {year}\" or \"{year:0000}-{month:00}-01\"; the exact day is needed.");

    private static Recognition? English(string normalized)
    {
        var words = EnglishNoise().Replace(normalized.ToLowerInvariant().Replace(',', ' '), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var months = words.Select(MonthOf).ToArray();
        return (words.Length, months) switch
        {
            (3, [{ } m, null, null]) when IsYear(words[2]) => FromParts(int.Parse(words[2], CultureInfo.InvariantCulture), m, Day(words[1])),
            (3, [null, { } m, null]) when IsYear(words[2]) => FromParts(int.Parse(words[2], CultureInfo.InvariantCulture), m, Day(words[0])),
            (2, [{ } m, null]) when IsYear(words[1]) => MonthWithoutDay(int.Parse(words[1], CultureInfo.InvariantCulture), m),
            _ => null,
        };
    }

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit);

    private static int? Day(string word)
    {
        var digits = OrdinalSuffix().Replace(word, string.Empty);
        return digits.Length is 1 or 2 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
    }

    private static int? MonthOf(string word)
    {
        var name = word.TrimEnd('.');
        if (name.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(MonthNames, m => m == name || (m.StartsWith(name, StringComparison.Ordinal) && name.Length <= 4));
        return index >= 0 ? index + 1 : null;
    }

    /// <summary>Four digits, or two with the century taken as the one that is not in the future ("11年" → 2011, "98年" → 1998).</summary>
    private static int? Year(string text, DateOnly asOf)
    {
        if (!ChineseNumeral.TryParseDigitByDigit(text, out var value))
        {
            return null;
        }

        var year = (int)value;
        return text.Length switch
        {
            4 => year,
            2 => year <= asOf.Year % 100 ? (asOf.Year / 100 * 100) + year : ((asOf.Year / 100) - 1) * 100 + year,
            _ => null,
        };
    }

    private static int? Number(string text) =>
        NumberRecognizer.TryParse(text, out var value) && value == decimal.Truncate(value) && value is >= 0 and <= 99 ? (int)value : null;

    [GeneratedRegex($"^(?<year>[{ChineseDigits}]{{4}}|[{ChineseDigits}]{{2}})年(?<month>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?<day>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号]?(出生|生|签订?|办理?|开始|起)?的?$")]
    private static partial Regex ChineseDate();

    [GeneratedRegex("^(?<year>[0-9]{4})(?<sep>[-/.])(?<month>[0-9]{1,2})\\k<sep>(?<day>[0-9]{1,2})$|^(?<year>[0-9]{4})(?<month>[0-9]{2})(?<day>[0-9]{2})$")]
    private static partial Regex NumericDate();

    [GeneratedRegex($"^(?<year>[{ChineseDigits}]{{4}}|[{ChineseDigits}]{{2}})年(?<month>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}})月份?$")]
    private static partial Regex ChineseMonth();

    [GeneratedRegex("^(?<year>[0-9]{4})[-/.](?<month>[0-9]{1,2})$")]
    private static partial Regex NumericMonth();

    [GeneratedRegex("\\b(of|the|on|born)\\b")]
    private static partial Regex EnglishNoise();

    [GeneratedRegex("(st|nd|rd|th)$")]
    private static partial Regex OrdinalSuffix();
}
