using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads a number or an amount of money: "6", "六", "二十四", "两万", "2万", "1.5万", "20,000元",
/// "3千", "¥2000", "2000 yuan", "1.2倍", "-3", "三次", "5名", and with the variable's unit word ("300平方米", "15张床位":
/// <see cref="UnitWords"/>). Approximations ("两万多", "大概") are not numbers.
/// </summary>
public static partial class NumberRecognizer
{
    private static readonly string[] Prefixes = ["¥", "rmb", "cny", "人民币"];

    // Counting words too (“3次”, “5名”, “2人”): a count is answered with its measure word.
    private static readonly string[] Suffixes = ["块钱", "元钱", "元人民币", "人民币", "元", "块", "yuan", "rmb", "cny", "倍", "个", "次", "名", "人", "times"];

    // "How many…?" answered with none at all.
    private static readonly HashSet<string> NoneAnswers =
    [
        "没有", "没", "无", "零个", "一个也没有", "一个都没有", "一个没有", "一名也没有", "一人也没有", "一个人也没有", "还没有", "还没",
        "没招", "没招过", "没有招", "没招人", "还没招", "none", "no", "nobody", "noone", "zero", "notany", "nothing",
    ];

    public static Recognition Recognize(string normalized, bool wholeNumber) => Recognize(normalized, wholeNumber, unit: null);

    /// <summary>A number that may end in a word of <paramref name="unit"/> (a variable's <c>unit:</c>), as in "300平方米".</summary>
    public static Recognition Recognize(string normalized, bool wholeNumber, string? unit)
    {
        if (wholeNumber && IsNone(normalized))
        {
            return Recognition.Known(0);
        }

        if (!TryParse(UnitWords.Strip(TextNormalizer.Compact(normalized).ToLowerInvariant(), unit), out var value))
        {
            return NotUnderstood(wholeNumber);
        }

        if (!wholeNumber)
        {
            return Recognition.Known(value);
        }

        return value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue
            ? Recognition.Known((int)value)
            : Recognition.NotUnderstood($"这里需要一个整数，例如“6”；“{normalized}”不是整数。", $"A whole number is needed here, e.g. \"6\"; \"{normalized}\" is not one.");
    }

    /// <summary>"How many…?" answered with none at all: 没有, 一个也没有, 还没招, none, nobody.</summary>
    private static bool IsNone(string normalized) =>
        NoneAnswers.Contains(TextNormalizer.Compact(normalized).ToLowerInvariant().TrimEnd('。', '.', '!', '！', '啊', '呢', '的'));

    public static Recognition NotUnderstood(bool wholeNumber) => wholeNumber
        ? Recognition.NotUnderstood("没听懂这个数字。请输入一个整数，例如“6”或“六”。", "I didn't understand this number. Please enter a whole number, e.g. \"6\".")
        : Recognition.NotUnderstood("没听懂这个数字。请输入一个数，例如“2000”“2万”或“1.5”。", "I didn't understand this number. Please enter a number, e.g. \"2000\", \"20,000\" or \"1.5\".");

    /// <summary>A number in digits or Chinese characters, with currency signs, units and 万/千 multipliers.</summary>
    public static bool TryParse(string normalized, out decimal value)
    {
        value = 0;
        var text = StripAffixes(TextNormalizer.Compact(normalized).ToLowerInvariant());
        var negative = false;
        if (text.StartsWith('-') || text.StartsWith('负'))
        {
            negative = true;
            text = text[1..];
        }

        if (GroupedThousands().IsMatch(text))
        {
            text = text.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        var match = DigitsWithMultiplier().Match(text);
        if (match.Success)
        {
            // Past decimal's range ("99999999999999999999999999999万") is no one's answer: not a number, not an overflow.
            var multiplier = Multiplier(match.Groups["unit"].Value);
            if (!decimal.TryParse(match.Groups["number"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                || number > decimal.MaxValue / multiplier)
            {
                return false;
            }

            value = number * multiplier;
        }
        else if (!ChineseNumeral.TryParse(text, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static string StripAffixes(string text)
    {
        foreach (var prefix in Prefixes.Where(p => text.StartsWith(p, StringComparison.Ordinal)))
        {
            text = text[prefix.Length..];
            break;
        }

        foreach (var suffix in Suffixes.Where(s => text.EndsWith(s, StringComparison.Ordinal)))
        {
            text = text[..^suffix.Length];
            break;
        }

        return text;
    }

    private static decimal Multiplier(string unit) => unit switch
    {
        "万" or "w" => 10_000m,
        "千" or "k" => 1_000m,
        "百" => 100m,
        _ => 1m,
    };

    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")]
    private static partial Regex GroupedThousands();

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)(?<unit>万|千|百|k|w)?$")]
    private static partial Regex DigitsWithMultiplier();
}
