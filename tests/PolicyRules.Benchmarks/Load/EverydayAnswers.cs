namespace PolicyRules.Benchmarks.Load;

/// <summary>
/// What a person types into the chat, as people do: a few words to say what they came for, then for each question the
/// answer a resident of that area would give — "是", "没有", "2016年9月1日", "两年", a button's label. Each simulated
/// person draws their answers from their own seed, so that screenings take different routes through the rules.
/// </summary>
public sealed class EverydayAnswers
{
    private static readonly Dictionary<string, (string Opening, Dictionary<string, string> Answers)> Areas = new(StringComparer.Ordinal)
    {
        ["school-enrolment"] = ("孩子今年上小学", new(StringComparer.Ordinal)
        {
            ["child.stage"] = "一年级",
            ["child.hukou"] = "河北",
            ["child.treatedAsBeijingBasis"] = "都没有",
            ["child.birthDate"] = "2011-03-02",
            ["employment.contractStartDate"] = "2016年9月1日",
            ["employment.contractTermMonths"] = "两年",
            ["residence.leaseSignedDate"] = "2017-01-15",
            ["residence.leaseTermMonths"] = "一年",
            ["permit.validFrom"] = "2016-10-01",
        }),
        ["veteran-placement"] = ("我是退役军人，想问安置", new(StringComparer.Ordinal)
        {
            ["applicant.birthDate"] = "1990年5月6日",
        }),
        ["employment-subsidy"] = ("我失业了，想找工作", new(StringComparer.Ordinal)
        {
            ["applicant.birthDate"] = "1972年11月3日",
        }),
        ["elderly-care-stations"] = ("我想了解养老驿站", new(StringComparer.Ordinal)
        {
            ["applicant.birthDate"] = "1948年2月14日",
        }),
    };

    private static readonly string[] Yes = ["是", "是的", "有", "对"];
    private static readonly string[] No = ["不是", "没有", "否", "没"];
    private static readonly string[] Dates = ["2016年9月1日", "2015-03-01", "2016年12月20日", "2014年7月1日"];
    private static readonly string[] Counts = ["2", "3", "12", "两个", "1"];
    private static readonly string[] Amounts = ["3000", "5000元", "2800"];

    private readonly Dictionary<string, string> _answers;
    private readonly Random _random;

    public EverydayAnswers(string area, int seed)
    {
        if (!Areas.TryGetValue(area, out var profile))
        {
            throw new ArgumentException($"No everyday answers for area '{area}'; use one of {string.Join(", ", Areas.Keys)}.", nameof(area));
        }

        Opening = profile.Opening;
        _answers = profile.Answers;
        _random = new Random(seed);
    }

    /// <summary>The areas everyday answers exist for.</summary>
    public static IReadOnlyCollection<string> Covered => Areas.Keys;

    /// <summary>The first thing the person types: what they came for.</summary>
    public string Opening { get; }

    /// <summary>The answer to the question about <paramref name="variable"/>, of type <paramref name="type"/>, offered <paramref name="buttons"/>.</summary>
    public string Answer(string variable, string type, IReadOnlyList<string> buttons)
    {
        if (_answers.TryGetValue(variable, out var answer))
        {
            return answer;
        }

        var offered = buttons.Where(b => b is not ("不知道" or "不清楚")).ToArray();
        return type switch
        {
            "bool" => _random.NextDouble() < 0.7 ? Pick(Yes) : Pick(No),
            "choice" when offered.Length > 0 => Pick(offered),
            "date" => Pick(Dates),
            "int" => Pick(Counts),
            "decimal" => Pick(Amounts),
            _ => "不知道",
        };
    }

    private string Pick(IReadOnlyList<string> options) => options[_random.Next(options.Count)];
}
