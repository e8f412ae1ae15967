using PolicyRules.Screening.Recognizers;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// What the answer to a question that gathers others says about each of them, for the variables the person has not
/// answered on their own: a "no" settles them (孩子没有这些情况 → 没有残疾, 不住校…); a "yes" or a "don't know" says
/// nothing about any one of them, and they are asked one by one (a person may know some of them and not others).
/// </summary>
public static class GatheredAnswers
{
    /// <summary>
    /// The gathered circumstances an answer to the gathering question names ("烈士子女", "要住校"): for a choice, one of its
    /// choices other than the "no" value; for a yes/no, one of its own yes words. Each is a yes to the gathering question too.
    /// </summary>
    public static IReadOnlyList<Answer> Named(VariableDefinition gathering, string text)
    {
        ArgumentNullException.ThrowIfNull(gathering);
        var normalized = TextNormalizer.Normalize(text);
        return [.. gathering.GatheredAnswersOnNo.Select(no => Name(no, normalized)).OfType<Answer>()];
    }

    private static Answer? Name(Answer no, string normalized)
    {
        var variable = no.Variable;
        object? value = variable.Kind switch
        {
            VariableKind.Choice => ChoiceRecognizer.Recognize(variable, normalized) is { Outcome: RecognitionOutcome.Known } chosen ? chosen.Value : null,
            VariableKind.Bool => variable.YesTerms.Any(t => normalized.Contains(t, StringComparison.OrdinalIgnoreCase)) ? true : null,
            _ => null,
        };
        return value is null || Equals(value, no.Value) ? null : Answer.Known(variable, value);
    }

    public static IReadOnlyDictionary<string, Answer> Settle(IReadOnlyDictionary<string, Answer> answers)
    {
        var settled = answers.Values
            .Where(a => a.Variable.GatheredAnswersOnNo.Count > 0 && a is { IsKnown: true, Value: false })
            .SelectMany(a => a.Variable.GatheredAnswersOnNo)
            .Where(a => !answers.ContainsKey(a.Variable.Id))
            .ToArray();
        if (settled.Length == 0)
        {
            return answers;
        }

        var result = new Dictionary<string, Answer>(answers, StringComparer.Ordinal);
        foreach (var answer in settled)
        {
            result[answer.Variable.Id] = answer;
        }

        return result;
    }
}
