using System.Globalization;
using PolicyRules.Screening.Recognizers;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Bot.Testing.Simulation;

/// <summary>
/// How a parent answers in everyday Chinese: a yes or no in one of several ways, a choice by its label, by a word for it
/// or by its number, a date as people write it, a number with its unit — varied by a seed, so that every conversation
/// sounds a little different and the recognizers are tried on all of them.
/// </summary>
public static class EverydayPhrasing
{
    private static readonly string[] Yes = ["是", "是的", "嗯是", "对", "对的", "嗯，是的", "是，没问题"];
    private static readonly string[] No = ["不是", "否", "没有", "不", "不是的", "没"];
    private static readonly string[] DontKnow = ["不知道", "不清楚", "说不好", "不太清楚"];

    private static readonly Dictionary<string, string> UnitWords = new(StringComparer.Ordinal)
    {
        ["month"] = "个月", ["year"] = "年", ["yuan"] = "元", ["squareMetre"] = "平方米", ["storey"] = "层", ["bed"] = "张",
        ["entrance"] = "个", ["grade"] = "级",
    };

    public static string Answer(Answer answer, int seed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var variable = answer.Variable;
        return answer.IsKnown ? Known(variable, answer.Value!, seed) : Pick(DontKnow, seed);
    }

    /// <summary>The plainest form of an answer (the choice's label, 是/否, an ISO date): what a person says when asked again.</summary>
    public static string Plain(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return !answer.IsKnown ? "不知道" : answer.Value switch
        {
            bool b => b ? "是" : "否",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum e => Choice(answer.Variable, e).Label.ZhCn,
            decimal share when answer.Variable.Unit == ShareRecognizer.Unit => Percent(share),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
        };
    }

    /// <summary>A yes or no to a question that gathers several rarely applying ones, in its own words.</summary>
    public static string Gathered(bool? anyApplies, int seed) => anyApplies switch
    {
        false => Pick(["都没有", "都不是", "没有", "一个都没有"], seed),
        true => Pick(["有其中一项", "有", "是的，有"], seed),
        null => Pick(DontKnow, seed),
    };

    private static string Known(VariableDefinition variable, object value, int seed) => value switch
    {
        bool b => b ? Pick(Yes, seed) : Pick(No, seed),
        DateOnly d => Pick(
        [
            $"{d.Year}年{d.Month}月{d.Day}日",
            d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"{d.Year}.{d.Month}.{d.Day}",
            $"{d.Year}年{d.Month}月{d.Day}号",
        ], seed),
        Enum e => ChoiceWords(variable, e, seed),
        decimal share when variable.Unit == ShareRecognizer.Unit => Percent(share),
        _ => Number(variable, Convert.ToDecimal(value, CultureInfo.InvariantCulture), seed),
    };

    private static string ChoiceWords(VariableDefinition variable, Enum value, int seed)
    {
        var choice = Choice(variable, value);
        var index = variable.Choices.ToList().IndexOf(choice) + 1;
        var word = choice.Synonyms.FirstOrDefault(s => s.Length >= 2 && !s.All(char.IsAscii)) ?? choice.Label.ZhCn;
        return Pick([choice.Label.ZhCn, word, $"第{index}个", $"选{index}"], seed);
    }

    private static string Number(VariableDefinition variable, decimal value, int seed)
    {
        var number = value.ToString("0.##", CultureInfo.InvariantCulture);
        return variable.Unit is { } unit && UnitWords.TryGetValue(unit, out var word) && seed % 2 == 0 ? number + word : number;
    }

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static VariableChoice Choice(VariableDefinition variable, Enum value) =>
        variable.Choices.Single(c => Equals(AnswerReader.ChoiceValue(variable, c.Value), value));

    private static string Pick(IReadOnlyList<string> options, int seed) => options[Math.Abs(seed) % options.Count];
}
