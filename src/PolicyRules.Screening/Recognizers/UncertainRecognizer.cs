namespace PolicyRules.Screening.Recognizers;

/// <summary>Recognizes "I don't know" in its usual Chinese and English forms.</summary>
public static class UncertainRecognizer
{
    private static readonly string[] Phrases =
    [
        "不知道", "不确定", "不清楚", "不太清楚", "不大清楚", "不太知道", "没印象", "想不起来", "说不准", "说不清", "说不好", "不好说", "拿不准", "记不清", "不记得", "忘了", "不晓得", "不太确定", "搞不清",
        "don't know", "dont know", "do not know", "not sure", "no idea", "unsure", "don't remember", "not certain", "can't remember",
    ];

    public static bool IsUncertain(string normalized) =>
        Phrases.Any(p => normalized.Contains(p, StringComparison.OrdinalIgnoreCase))
        || normalized.Equals("idk", StringComparison.OrdinalIgnoreCase)
        || normalized.Equals("unknown", StringComparison.OrdinalIgnoreCase);
}
