using System.Globalization;
using System.Text.RegularExpressions;
using PolicyRules.Localization;
using PolicyRules.Rules.Catalog;

namespace PolicyRules.Screening.Text;

/// <summary>
/// Renders catalogue texts: a {parameter_name} placeholder becomes that parameter's value as of the
/// evaluation date, so a figure lives in one parameter file and nowhere else. A share (<c>unit: share</c>)
/// given as a decimal reads as a percentage (0.5 → 50%); one given as a fraction reads as written (2/3);
/// an amount in yuan has its thousands separated (300,000). An operator's figure can be told with where it
/// comes from: {parameter_name:from} is the date its value applies from, {parameter_name:source} the source
/// the operator gave.
/// </summary>
public static partial class TextRenderer
{
    public static string Render(Localized text, string locale, AreaCatalog catalog, DateOnly date) =>
        Placeholder().Replace(text.In(locale), m =>
        {
            var parameter = catalog.Parameters.FirstOrDefault(p => p.Name == m.Groups["name"].Value);
            var value = parameter?.ValueToRead(date);
            return value?.Value is null ? m.Value
                : m.Groups["part"].Value == "from" ? FormatDate(parameter!.InForceFrom(date)!.Value, locale)
                : m.Groups["part"].Value == "source" ? value.Source ?? m.Value
                : parameter!.Unit == Recognizers.ShareRecognizer.Unit && TryPercent(value.Value, out var percent) ? percent
                : parameter.Unit == YuanUnit && TryAmount(value.Value, out var amount) ? amount
                : Format(value.Value, locale);
        });

    private const string YuanUnit = "yuan";

    /// <summary>A share written as a decimal (0.5), as a percentage ("50%").</summary>
    public static bool TryPercent(object value, out string percent)
    {
        var ok = decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share);
        percent = ok ? (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : string.Empty;
        return ok;
    }

    /// <summary>An amount of money with thousands separated (300000 → "300,000").</summary>
    private static bool TryAmount(object value, out string amount)
    {
        var ok = decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture, out var number);
        amount = ok ? number.ToString(number == decimal.Truncate(number) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture) : string.Empty;
        return ok;
    }

    public static string FormatDate(DateOnly date, string locale) => Locales.IsEnglish(locale)
        ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : $"{date.Year}年{date.Month}月{date.Day}日";

    private static string Format(object value, string locale) => value switch
    {
        List<object> items => Locales.IsEnglish(locale)
            ? string.Join(", ", items.Select(i => Format(i, locale)))
            : string.Join("、", items.Select(i => Format(i, locale))),
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => FormatDate(date, locale),
        string text when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) =>
            Locales.IsEnglish(locale) ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : $"{month.Year}年{month.Month}月",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    [GeneratedRegex(@"\{(?<name>[a-z0-9_]+)(?::(?<part>from|source))?\}")]
    private static partial Regex Placeholder();
}
