using PolicyRules.Localization;

namespace PolicyRules.Rules.Catalog;

/// <summary>How a variable is asked and checked: question, why we ask, choices, allowed range.</summary>
public sealed class VariableEntry
{
    public string Id { get; set; } = string.Empty;

    public Localized Question { get; set; } = new();

    /// <summary>A few words naming the question in a list of answers (孩子户籍, 租赁合同签订日期); the question when not given.</summary>
    public Localized? Label { get; set; }

    public Localized Why { get; set; } = new();

    public List<ChoiceEntry> Choices { get; set; } = [];

    /// <summary>For a yes/no question, words that answer it yes in its own terms (住校 to “boarding?”); negated, they answer no.</summary>
    public List<string> Yes { get; set; } = [];

    /// <summary>For a yes/no question, words that answer it no in its own terms (走读, 过期); negated, they answer yes.</summary>
    public List<string> No { get; set; } = [];

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    /// <summary>For dates: the value may not be later than the evaluation date (a birth date, a signing date).</summary>
    public bool NotAfterEvaluationDate { get; set; }

    /// <summary>
    /// For dates: how many years before the evaluation date the value may lie at most (a child's birth date 18, a
    /// person's 130); an earlier one is a mistake in typing it, refused with the plausible range.
    /// </summary>
    public int? MaximumYearsBefore { get; set; }

    /// <summary>
    /// For a yes/no question asked once in place of several that rarely apply (残疾, 寄宿, 照顾身份…): the variables it
    /// gathers, each with the value it takes when the answer is no. Answered yes or "don't know", they are asked one by one.
    /// </summary>
    public Dictionary<string, string> Gathers { get; set; } = [];

    /// <summary>For numbers: the unit the value is counted in ("month"), or null when it is a plain number.</summary>
    public string? Unit { get; set; }
}
