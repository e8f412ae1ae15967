using System.Text.RegularExpressions;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads yes or no the way people answer: a word ("是", "对", "有", "嗯", "可以", "yes"; "否", "不是",
/// "没有", "不用", "no"), after fillers ("嗯是", "额，对的"), restating the question ("不是单亲", "是单亲家庭"),
/// with a done or not-done verb ("都交了", "已经登记了"; "还没办", "没交"), and with a reason after it
/// ("是的，已经登记了", "no, we rent"). The first clause decides; a later clause that says the opposite in
/// so many words makes the answer unclear. Anything else ("也许", "明年") is not read.
/// </summary>
public static partial class YesNoRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "是", "对", "有", "嗯", "恩", "好", "可以", "符合", "在", "能", "一致", "要", "会", "属于", "已", "已经", "当然", "确定", "肯定", "没错", "正确",
        "需要", "行", "成", "交了", "办了", "有过", "是这样", "没问题",
        "yes", "y", "yeah", "yep", "yup", "true", "correct", "right", "sure", "of course", "certainly", "indeed", "yes please", "it is", "we do",
        "i do", "we did", "i did", "i have", "we have", "it does", "done", "ok", "okay", "fine", "it's fine",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "否", "不是", "不对", "没有", "无", "不", "不符合", "没", "不在", "不能", "不可以", "不一致", "不要", "不会", "不属于", "都没有", "还没有", "还没", "没在", "未",
        "不用", "不需要", "用不着", "没必要", "并没有", "从来没有", "从没有", "都不是", "不行", "没呢", "还没呢", "没交", "没办",
        "no", "n", "nope", "nah", "false", "not", "not yet", "no we don't", "we don't", "i don't", "we didn't", "i didn't", "we haven't",
        "i haven't", "it isn't", "it's not", "it doesn't", "never", "none", "not at all", "no thanks",
    };

    private static readonly char[] Particles = ['的', '啊', '呀', '吧', '呢', '哦', '喔', '啦', '了', '哈', '嘛', '哒', '噢'];

    private static readonly string[] Fillers = ["嗯嗯", "嗯", "恩", "额", "呃", "哦", "噢", "啊", "那个", "这个", "well", "um", "uh", "er", "oh", "hmm"];

    private static readonly char[] Separators = [',', '、', ';', '，', '；', ':', '：'];

    public static Recognition Recognize(string normalized) => Recognize(normalized, [], []);

    /// <summary>As <see cref="Recognize(string)"/>, with the question's own words for yes and no (住校, 走读, 过期).</summary>
    public static Recognition Recognize(string normalized, IReadOnlyCollection<string> yesTerms, IReadOnlyCollection<string> noTerms)
    {
        var clauses = normalized.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(StripFillers)
            .Where(c => c.Length > 0 && !IsFiller(c))
            .ToArray();
        if (clauses.Length == 0)
        {
            // Only fillers: "嗯", "嗯嗯" are a yes.
            return Clause(normalized.Trim()) is { } filler ? Recognition.Known(filler) : NotUnderstood();
        }

        if ((Own(clauses[0], yesTerms, noTerms) ?? Clause(clauses[0])) is not { } answer)
        {
            return NotUnderstood();
        }

        // A reason may follow ("是的，已经登记了"); only a plain word saying the opposite makes it unclear.
        var contradicted = clauses.Skip(1).Any(c => Word(c) is { } other && other != answer);
        return contradicted ? NotUnderstood() : Recognition.Known(answer);
    }

    public static Recognition NotUnderstood() => Recognition.NotUnderstood(
        "没听懂。请回答“是”或“否”（也可以说“有”或“没有”）。",
        "I didn't understand. Please answer \"yes\" or \"no\".");

    /// <summary>
    /// The question's own words: a yes term means yes and a no term no, each turned round when a negation
    /// comes right before it ("没过期" is a yes to “is the permit valid?”); the longest term found decides.
    /// </summary>
    private static bool? Own(string clause, IReadOnlyCollection<string> yesTerms, IReadOnlyCollection<string> noTerms)
    {
        var lowered = clause.ToLowerInvariant();
        var found = yesTerms.Select(t => (Term: t.ToLowerInvariant(), Means: true))
            .Concat(noTerms.Select(t => (Term: t.ToLowerInvariant(), Means: false)))
            .Where(t => t.Term.Length > 0 && lowered.Contains(t.Term, StringComparison.Ordinal))
            .OrderByDescending(t => t.Term.Length)
            .FirstOrDefault();
        if (found.Term is null)
        {
            return null;
        }

        var before = lowered[..lowered.IndexOf(found.Term, StringComparison.Ordinal)];
        var negated = NegatedEnd().IsMatch(before);
        return found.Means != negated;
    }

    /// <summary>One clause: a yes or no word, or a restatement (不是单亲, 都交了, 还没办), or nothing.</summary>
    private static bool? Clause(string clause)
    {
        if (Word(clause) is { } word)
        {
            return word;
        }

        var compact = TextNormalizer.Compact(clause);
        if (SpacedWords().Match(clause.ToLowerInvariant()) is { Success: true } spaced)
        {
            return Word(spaced.Groups["lead"].Value);
        }

        if (NotDone().IsMatch(compact) || Denial().IsMatch(compact))
        {
            return false;
        }

        var negated = compact.IndexOfAny(['不', '没', '未', '无', '非']) >= 0;
        return !negated && (Done().IsMatch(compact) || Affirmation().IsMatch(compact)) ? true : null;
    }

    /// <summary>A yes or no word on its own, with particles ("是的", "没有的", "对呀", "嗯嗯", "yes!").</summary>
    private static bool? Word(string part)
    {
        if (Yes.Contains(part) || No.Contains(part))
        {
            return Yes.Contains(part);
        }

        var trimmed = part.TrimEnd(Particles).TrimEnd('!', '.');
        if (trimmed.Length > 1 && trimmed.Distinct().Count() == 1 && trimmed[0] is '嗯' or '恩' or '对' or '好' or '是')
        {
            trimmed = trimmed[..1];
        }

        return trimmed.Length > 0 && trimmed != part ? Word(trimmed) : null;
    }

    /// <summary>A clause that is only a filler ("额", "um"); "嗯" on its own is a yes, not a filler.</summary>
    private static bool IsFiller(string clause) => Word(clause) is null && Fillers.Contains(clause, StringComparer.OrdinalIgnoreCase);

    private static string StripFillers(string clause)
    {
        var text = clause.Trim();
        for (var stripped = true; stripped && text.Length > 0;)
        {
            stripped = false;
            foreach (var filler in Fillers)
            {
                if (text.Length > filler.Length && text.StartsWith(filler, StringComparison.OrdinalIgnoreCase) && Word(text) is null)
                {
                    text = text[filler.Length..].TrimStart(' ', ',', '，');
                    stripped = true;
                    break;
                }
            }
        }

        return text;
    }

    /// <summary>A negation right before a word: 没, 不, 未, 没有, 不是, 还没, not, no, never.</summary>
    [GeneratedRegex(@"(没有?|不[是用要想会能在]?|不需要|不打算|未|还没|并非|not (a |an |the )?|no |never |isn't (a |an )?|hasn't |didn't )$")]
    private static partial Regex NegatedEnd();

    /// <summary>"yes we did", "no not yet": the first word decides.</summary>
    [GeneratedRegex(@"^(?<lead>yes|yeah|yep|no|nope|nah|not|sure|correct|right)\b.*$")]
    private static partial Regex SpacedWords();

    /// <summary>Not done: 没交, 还没办, 没有登记, 未缴, 尚未办理, 从没上过.</summary>
    [GeneratedRegex(@"^(还|都|也|并|从来|从)?(没有|没|未|尚未|还未)\p{IsCJKUnifiedIdeographs}{1,6}(呢|的|过)?$")]
    private static partial Regex NotDone();

    /// <summary>A denial restating the question: 不是单亲, 不用寄宿, 不需要, 不属于这些.</summary>
    [GeneratedRegex(@"^(都|也|并|根本)?(不是|不用|不需要|不要|不属于|不会|不能|不符合|不在)\p{IsCJKUnifiedIdeographs}{0,8}$")]
    private static partial Regex Denial();

    /// <summary>Done: 都交了, 交了, 已经登记了, 登记过, 办好了, 早就办了.</summary>
    [GeneratedRegex(@"^(都|全|全都|已经|已|早就|早已|早)?\p{IsCJKUnifiedIdeographs}{1,6}(了|过|好了|完了)$")]
    private static partial Regex Done();

    /// <summary>An affirmation restating the question: 是单亲, 是的是单亲家庭, 有残疾证, 属于, 需要寄宿.</summary>
    [GeneratedRegex(@"^(是|有|属于|需要|要|会|能)\p{IsCJKUnifiedIdeographs}{1,8}$")]
    private static partial Regex Affirmation();
}
