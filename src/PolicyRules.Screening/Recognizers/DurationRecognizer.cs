using System.Text.RegularExpressions;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads a length of time as a number of months: "半年" → 6, "6个月", "六个月", "一年" → 12, "两年" → 24,
/// "一年半"/"1年半" → 18, "1年3个月" → 15, "two years", "6 months", "1.5 years", and a bare "6" → 6 months.
/// Approximations ("一年多", "几个月") are not read.
/// </summary>
public static partial class DurationRecognizer
{
    /// <summary>The most months an answer can count (an int's worth): more is no length of time, and the variable's range says so.</summary>
    private const decimal MostMonths = int.MaxValue;

    private static readonly string[] EnglishNumbers =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] EnglishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static Recognition Recognize(string normalized)
    {
        // "签了三年", "一年的合同", "租期是半年": the words around the length carry nothing.
        var text = Surroundings().Replace(TextNormalizer.Compact(normalized).ToLowerInvariant(), string.Empty).TrimEnd('整');
        if (text is "半年" or "半年期" or "halfayear" or "sixmonths")
        {
            return Recognition.Known(6);
        }

        var chinese = ChineseDuration().Match(text);
        if (chinese.Success && (chinese.Groups["years"].Success || chinese.Groups["months"].Success))
        {
            return Months(chinese.Groups["years"].Value, chinese.Groups["half"].Success, chinese.Groups["months"].Value);
        }

        var english = EnglishDuration().Match(normalized.ToLowerInvariant().Replace('-', ' '));
        if (english.Success)
        {
            return EnglishMonths(english);
        }

        return NumberRecognizer.TryParse(normalized, out var bare) && bare == decimal.Truncate(bare) && bare is >= int.MinValue and <= int.MaxValue
            ? Recognition.Known((int)bare)
            : NotUnderstood();
    }

    [GeneratedRegex("^(签了?|租了?|合同期?限?是?|租期是?|期限是?|一共|总共|是)|(的合同|的租约|的期限|合同|的)$")]
    private static partial Regex Surroundings();

    public static Recognition NotUnderstood() => Recognition.NotUnderstood(
        "没听懂这个期限。请说一共几个月，例如“6个月”“半年”“一年”或“18”。",
        "I didn't understand this length of time. Please give it in months, e.g. \"6 months\", \"one year\" or \"18\".");

    private static Recognition Months(string years, bool half, string months)
    {
        decimal total = 0;
        if (years.Length > 0)
        {
            if (!NumberRecognizer.TryParse(years, out var y) || Math.Abs(y) > MostMonths / 12)
            {
                return NotUnderstood();
            }

            total += y * 12;
        }

        if (half)
        {
            total += 6;
        }

        if (months.Length > 0)
        {
            if (!NumberRecognizer.TryParse(months, out var m) || m != decimal.Truncate(m) || Math.Abs(m) > MostMonths)
            {
                return NotUnderstood();
            }

            total += m;
        }

        return total == decimal.Truncate(total) && Math.Abs(total) <= MostMonths ? Recognition.Known((int)total) : NotUnderstood();
    }

    private static Recognition EnglishMonths(Match match)
    {
        var count = EnglishNumber(match.Groups["count"].Value.Trim());
        if (count is null)
        {
            return NotUnderstood();
        }

        if (count > MostMonths / 12)
        {
            return NotUnderstood();
        }

        var months = match.Groups["unit"].Value.StartsWith("year", StringComparison.Ordinal) ? count.Value * 12 : count.Value;
        months += match.Groups["half"].Success ? 6 : 0;
        return months == decimal.Truncate(months) && months <= MostMonths ? Recognition.Known((int)months) : NotUnderstood();
    }

    private static decimal? EnglishNumber(string words)
    {
        if (words is "a" or "an")
        {
            return 1;
        }

        if (decimal.TryParse(words, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ones = Array.IndexOf(EnglishNumbers, parts[^1]);
        var tens = Array.IndexOf(EnglishTens, parts[0]);
        return parts switch
        {
            [_] when ones >= 0 => ones,
            [_] when tens >= 2 => tens * 10,
            [_, _] when tens >= 2 && ones is > 0 and < 10 => (tens * 10) + ones,
            _ => null,
        };
    }

    [GeneratedRegex("^(?:(?<years>[0-9.]+|[零一二两三四五六七八九十]+)年(?<half>半)?)?(?:零|又)?(?:(?<months>[0-9]+|[零一二两三四五六七八九十]+)个?月)?(?:期)?$")]
    private static partial Regex ChineseDuration();

    [GeneratedRegex("^(?<count>[0-9]+(\\.[0-9]+)?|an?|[a-z]+( [a-z]+)?) (?<unit>years?|months?)(?<half> and a half)?$")]
    private static partial Regex EnglishDuration();
}
