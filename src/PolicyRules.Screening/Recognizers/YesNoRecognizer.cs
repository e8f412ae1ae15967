namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads yes or no: "是", "是的", "对", "有的", "嗯", "可以", "yes", "y" → true; "否", "不是", "没有的",
/// "不", "no", "n" → false. Several parts ("嗯，是的") must agree; anything else ("也许", "明年") is not read.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "是", "对", "有", "嗯", "恩", "好", "可以", "符合", "在", "能", "一致", "要", "会", "属于", "已", "已经", "当然", "确定", "肯定", "没错", "正确",
        "yes", "y", "yeah", "yep", "yup", "true", "correct", "right", "sure",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "否", "不是", "不对", "没有", "无", "不", "不符合", "没", "不在", "不能", "不可以", "不一致", "不要", "不会", "不属于", "都没有", "还没有", "还没", "没在", "未",
        "no", "n", "nope", "nah", "false",
    };

    private static readonly char[] Particles = ['的', '啊', '呀', '吧', '呢', '哦', '喔', '啦', '了', '哈'];

    private static readonly char[] Separators = [',', '、', ';', ' ', '，'];

    public static Recognition Recognize(string normalized)
    {
        var parts = normalized.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var values = parts.Select(Part).ToList();
        return values.Count > 0 && values.All(v => v is not null) && values.Distinct().Count() == 1
            ? Recognition.Known(values[0]!.Value)
            : NotUnderstood();
    }

    public static Recognition NotUnderstood() => Recognition.NotUnderstood(
        "没听懂。请回答“是”或“否”（也可以说“有”或“没有”）。",
        "I didn't understand. Please answer \"yes\" or \"no\".");

    private static bool? Part(string part)
    {
        if (Yes.Contains(part) || No.Contains(part))
        {
            return Yes.Contains(part);
        }

        // "是的", "有的", "没有的", "对呀", "嗯嗯", "好的", "yes!".
        var trimmed = part.TrimEnd(Particles).TrimEnd('!', '.');
        if (trimmed.Length > 1 && trimmed.Distinct().Count() == 1 && trimmed[0] is '嗯' or '恩' or '对' or '好' or '是')
        {
            trimmed = trimmed[..1];
        }

        return trimmed.Length > 0 && trimmed != part ? Part(trimmed) : null;
    }
}
