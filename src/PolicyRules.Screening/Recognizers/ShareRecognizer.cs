using System.Text.RegularExpressions;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads a share of a whole (a variable with <c>unit: share</c>, from 0 to 1): "三分之二", "2/3",
/// "12户中9户" (9 of 12), "9 of 12", "百分之七十", "70%", "七成", "一半", "half", "全部", "all", "0.7".
/// A fraction is divided exactly as decimals go, so "三分之二", "2/3" and "8/12" are the same value.
/// Approximations ("三分之二以上", "大概一半") and bare numbers above 1 ("70") are not read.
/// </summary>
public static partial class ShareRecognizer
{
    public const string Unit = "share";

    public static Recognition Recognize(string normalized)
    {
        var text = TextNormalizer.Compact(normalized).ToLowerInvariant();
        var share = Whole(text) ?? Fraction(text) ?? Percent(text) ?? Tenths(text) ?? Plain(text);
        return share is >= 0 and <= 1 ? Recognition.Known(share.Value) : NotUnderstood();
    }

    public static Recognition NotUnderstood() => Recognition.NotUnderstood(
        "没听懂这个比例。请说一个比例，例如“三分之二”“2/3”“12户中9户”或“70%”。",
        "I didn't understand this share. Please give a share, e.g. \"two thirds\", \"2/3\", \"9 of 12\" or \"70%\".");

    private static decimal? Whole(string text) => text switch
    {
        "全部" or "全体" or "所有人" or "都同意" or "all" or "everyone" => 1m,
        "一半" or "half" or "ahalf" => 0.5m,
        "twothirds" => 2m / 3m,
        _ => null,
    };

    private static decimal? Fraction(string text)
    {
        var chinese = ChineseFraction().Match(text);
        if (chinese.Success)
        {
            return Divide(chinese.Groups["part"].Value, chinese.Groups["whole"].Value);
        }

        var slash = SlashFraction().Match(text);
        if (slash.Success)
        {
            return Divide(slash.Groups["part"].Value, slash.Groups["whole"].Value);
        }

        var among = AmongFraction().Match(text);
        return among.Success ? Divide(among.Groups["part"].Value, among.Groups["whole"].Value) : null;
    }

    private static decimal? Percent(string text)
    {
        var match = PercentPattern().Match(text);
        var number = match.Success ? match.Groups["n"].Value : text.StartsWith("百分之", StringComparison.Ordinal) ? text[3..] : null;
        return number is not null && NumberRecognizer.TryParse(number, out var value) ? value / 100 : null;
    }

    private static decimal? Tenths(string text) =>
        text.Length > 1 && text.EndsWith('成') && NumberRecognizer.TryParse(text[..^1], out var value) ? value / 10 : null;

    private static decimal? Plain(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static decimal? Divide(string part, string whole) =>
        NumberRecognizer.TryParse(part, out var p) && NumberRecognizer.TryParse(whole, out var w) && w > 0 && p >= 0 && p <= w ? p / w : null;

    /// <summary>"三分之二", "3分之2".</summary>
    [GeneratedRegex("^(?<whole>[0-9]+|[零一二两三四五六七八九十百]+)分之(?<part>[0-9]+|[零一二两三四五六七八九十百]+)$")]
    private static partial Regex ChineseFraction();

    /// <summary>"2/3".</summary>
    [GeneratedRegex("^(?<part>[0-9]+)/(?<whole>[0-9]+)$")]
    private static partial Regex SlashFraction();

    /// <summary>"12户中9户", "12户里有9户业主同意", "12人中有9人", "9of12", "9outof12".</summary>
    [GeneratedRegex("^(?:(?<whole>[0-9]+|[零一二两三四五六七八九十百]+)(?:户|家|人|位)?(?:业主)?(?:中|里|当中)有?(?<part>[0-9]+|[零一二两三四五六七八九十百]+)(?:户|家|人|位)?(?:业主)?(?:同意)?|(?<part>[0-9]+)(?:outof|of)(?<whole>[0-9]+))$")]
    private static partial Regex AmongFraction();

    /// <summary>"70%", "66.7%", "70percent".</summary>
    [GeneratedRegex("^(?<n>[0-9]+(\\.[0-9]+)?)(?:%|percent)$")]
    private static partial Regex PercentPattern();
}
