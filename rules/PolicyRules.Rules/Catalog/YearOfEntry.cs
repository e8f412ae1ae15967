namespace PolicyRules.Rules.Catalog;

/// <summary>
/// A yearly figure that an amount reads for a year of the person's own rather than as of the
/// evaluation date (<c>amounts.yaml</c>: <c>yearOf: { parameter, date, yearsBefore }</c>): the value
/// the parameter holds for the calendar year of the answer to <see cref="Date"/>, less
/// <see cref="YearsBefore"/> years; for 部队规定退役时间的上年度, the year before the discharge year.
/// A value dated within that year is the year's figure; none means the figure is not set yet.
/// </summary>
public sealed class YearOfEntry
{
    /// <summary>The parameter holding one value per year, each dated within its year (e.g. 2016-01-01 for 2016's figure).</summary>
    public string Parameter { get; set; } = string.Empty;

    /// <summary>The id of the date variable whose year is meant.</summary>
    public string Date { get; set; } = string.Empty;

    public int YearsBefore { get; set; }

    /// <summary>The year whose figure is meant, given the answer to <see cref="Date"/>.</summary>
    public int YearFor(DateOnly date) => date.Year - YearsBefore;
}
