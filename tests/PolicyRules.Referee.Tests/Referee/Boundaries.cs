using System.Globalization;
using PolicyRules.Rules;

namespace PolicyRules.Referee.Tests.Referee;

/// <summary>
/// Where an area's answers are most likely to be decided: every date and number among its catalogue
/// parameters (all dated values), and the effective window of its rules, each with its neighbours ±1.
/// </summary>
internal sealed class Boundaries
{
    private Boundaries(IReadOnlyList<DateOnly> dates, IReadOnlyList<decimal> numbers, DateOnly windowFrom, DateOnly windowTo)
    {
        Dates = dates;
        Numbers = numbers;
        WindowFrom = windowFrom;
        WindowTo = windowTo;
    }

    public IReadOnlyList<DateOnly> Dates { get; }

    public IReadOnlyList<decimal> Numbers { get; }

    /// <summary>The first and last day on which some rule of the area is in force (an open end: the first or last parameter date).</summary>
    public DateOnly WindowFrom { get; }

    public DateOnly WindowTo { get; }

    public static Boundaries Of(string area)
    {
        var library = PolicyLibrary.Default;
        var values = library.Catalog(area).Parameters.SelectMany(p => p.Values.Values).Select(v => v.Value).SelectMany(Scalars)
            .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToArray();
        var parameterDates = values.Select(ParseDate).OfType<DateOnly>().ToArray();
        var numbers = values.Where(v => ParseDate(v) is null)
            .Select(v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : (decimal?)null).OfType<decimal>();

        var rules = library.Rules(area);
        // An open end falls on the first or last parameter date; an area whose parameters hold no dates
        // (西政发〔2017〕13号 has only figures and no end) gets the year after its latest known date.
        var known = parameterDates.Concat(rules.Select(r => r.Effective.From).OfType<DateOnly>()).Concat(rules.Select(r => r.Effective.To).OfType<DateOnly>()).ToArray();
        var from = rules.Any(r => r.Effective.From is null) ? known.Min() : rules.Min(r => r.Effective.From!.Value);
        var to = rules.Any(r => r.Effective.To is null)
            ? (parameterDates.Length > 0 ? parameterDates.Max() : known.Max().AddYears(1))
            : rules.Max(r => r.Effective.To!.Value);
        var dates = parameterDates.Append(from).Append(to).SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) });
        return new Boundaries(
            [.. dates.Distinct().Order()],
            [.. numbers.SelectMany(n => new[] { n - 1, n, n + 1 }).Distinct().Order()],
            from,
            to);
    }

    private static IEnumerable<object?> Scalars(object? value) => value is not string && value is IEnumerable<object> items ? items.SelectMany(Scalars) : [value];

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
