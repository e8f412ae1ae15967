using System.Text.RegularExpressions;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads a choice: by its value, its Chinese or English label or a catalogue synonym (said exactly or
/// inside the answer), by its number in the list ("1", "第一个", "第2项", "选3", "option 2"), and for
/// places by district or province (<see cref="DistrictRecognizer"/>). When two choices fit, or the
/// answer negates what it names ("不是门头沟"), nothing is chosen and the options are listed again.
/// </summary>
public static partial class ChoiceRecognizer
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public static Recognition Recognize(VariableDefinition variable, string normalized)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var text = normalized.ToLowerInvariant();
        var choices = variable.Choices;

        var exact = choices.Where(c => Terms(c).Contains(text)).ToList();
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? Chosen(variable, exact[0].Value) : Ambiguous(variable, exact);
        }

        if (TryIndex(text, out var index))
        {
            return index >= 1 && index <= choices.Count
                ? Chosen(variable, choices[index - 1].Value)
                : Recognition.NotUnderstood($"没有第{index}项。请从以下选项中选一个：{List(choices, zh: true)}。",
                    $"There is no option {index}. Please choose one of: {List(choices, zh: false)}.");
        }

        var found = choices.SelectMany(c => Terms(c).SelectMany(t => Find(text, t, c.Value)));
        if (HasPlaces(choices))
        {
            found = found.Concat(DistrictRecognizer.Find(text));
        }

        var matches = TermMatch.Longest(found);
        var values = matches.Select(m => m.Value).Distinct().ToList();
        if (values.Count == 0)
        {
            return NotUnderstood(variable);
        }

        if (values.Count > 1)
        {
            return Ambiguous(variable, choices.Where(c => values.Contains(c.Value)).ToList());
        }

        return Negates(Remainder(text, matches))
            ? Recognition.NotUnderstood($"请直接说是哪一项（可以回答序号）：{List(choices, zh: true)}。",
                $"Please say which one applies (you can answer with the number): {List(choices, zh: false)}.")
            : Chosen(variable, values[0]);
    }

    /// <summary>
    /// The choice a message states in passing (<see cref="VariableChoice.Said"/>): found only when the phrases of exactly
    /// one choice occur and none is negated ("不是外地户口"); otherwise null, and the question is asked as usual.
    /// </summary>
    public static object? Spot(VariableDefinition variable, string normalized)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var text = normalized.ToLowerInvariant();
        var matches = TermMatch.Longest(variable.Choices.SelectMany(c => c.Said
            .Select(t => TextNormalizer.Normalize(t).ToLowerInvariant())
            .Where(t => t.Length > 0)
            .SelectMany(t => Find(text, t, c.Value))));
        var values = matches.Select(m => m.Value).Distinct().ToList();
        return values.Count == 1 && !matches.Any(m => Negates(text[Math.Max(0, m.Start - 3)..m.Start]))
            ? AnswerReader.ChoiceValue(variable, values[0])
            : null;
    }

    public static Recognition NotUnderstood(VariableDefinition variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return Recognition.NotUnderstood($"没听懂。请从以下选项中选一个（可以直接回答序号）：{List(variable.Choices, zh: true)}。",
            $"I didn't understand. Please choose one of these (you can answer with the number): {List(variable.Choices, zh: false)}.");
    }

    private static Recognition Chosen(VariableDefinition variable, string value) =>
        AnswerReader.ChoiceValue(variable, value) is { } choice ? Recognition.Known(choice) : NotUnderstood(variable);

    private static Recognition Ambiguous(VariableDefinition variable, IReadOnlyList<VariableChoice> candidates) => Recognition.NotUnderstood(
        $"您的回答可能是{string.Join("，也可能是", candidates.Select(c => $"“{c.Label.ZhCn}”"))}。请说明是哪一项：{List(variable.Choices, zh: true)}。",
        $"Your answer could mean {string.Join(" or ", candidates.Select(c => $"\"{c.Label.In("en")}\""))}. Please say which one: {List(variable.Choices, zh: false)}.");

    private static string List(IReadOnlyList<VariableChoice> choices, bool zh) =>
        string.Join(zh ? "；" : "; ", choices.Select((c, i) => $"{i + 1}. {(zh ? c.Label.ZhCn : c.Label.In("en"))}"));

    private static bool HasPlaces(IReadOnlyList<VariableChoice> choices) =>
        new[] { DistrictRecognizer.Mentougou, DistrictRecognizer.OtherBeijingDistrict, DistrictRecognizer.OutsideBeijing }
            .All(v => choices.Any(c => c.Value == v));

    private static HashSet<string> Terms(VariableChoice choice) =>
        new[] { choice.Value, choice.Label.ZhCn, choice.Label.En ?? string.Empty }.Concat(choice.Synonyms)
            .Select(t => TextNormalizer.Normalize(t).ToLowerInvariant())
            .Where(t => t.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<TermMatch> Find(string text, string term, string value)
    {
        var ascii = term.All(char.IsAscii);
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if (!ascii || ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && (end == text.Length || !char.IsAsciiLetter(text[end]))))
            {
                yield return new TermMatch(at, term.Length, value);
            }
        }
    }

    private static bool TryIndex(string text, out int index)
    {
        index = 0;
        var compact = TextNormalizer.Compact(text);
        var zh = ChineseIndex().Match(compact);
        if (zh.Success && NumberRecognizer.TryParse(zh.Groups["n"].Value, out var number) && number == decimal.Truncate(number) && number < 100)
        {
            index = (int)number;
            return true;
        }

        var en = EnglishIndex().Match(text);
        if (en.Success)
        {
            index = en.Groups["n"].Success
                ? int.Parse(en.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : Array.IndexOf(Ordinals, en.Groups["word"].Value) + 1;
            return true;
        }

        return false;
    }

    private static string Remainder(string text, IEnumerable<TermMatch> matches)
    {
        var chars = text.ToCharArray();
        foreach (var match in matches)
        {
            Array.Fill(chars, ' ', match.Start, match.Length);
        }

        return new string(chars);
    }

    /// <summary>Whether what is left around the matched words negates them ("不是门头沟"); "不过", "无论"… do not.</summary>
    private static bool Negates(string remainder)
    {
        var cleaned = NotANegation().Replace(remainder, " ");
        return cleaned.IndexOfAny(['不', '没', '非', '无', '未']) >= 0 || EnglishNegation().IsMatch(cleaned);
    }

    [GeneratedRegex("不过|不但|不仅|不管|不论|无论|不久|不少|没错|不错|无所谓")]
    private static partial Regex NotANegation();

    [GeneratedRegex("^(?:选择?|选项)?第?(?<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:个|项|种|条|号)?(?:选项)?$")]
    private static partial Regex ChineseIndex();

    [GeneratedRegex("^(?:(?:option|number|choice|no\\.?|#) ?(?<n>[0-9]{1,2})|(?:the )?(?:(?<n>[0-9]{1,2})(?:st|nd|rd|th)|(?<word>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?: one| option)?)$")]
    private static partial Regex EnglishIndex();

    [GeneratedRegex("(?<![a-z])(not|no|non|never|neither|nor|without)(?![a-z])|n't")]
    private static partial Regex EnglishNegation();
}
