using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Finds the facts a person states in passing — in the first message or beside an answer to another question
/// ("我们外地户口，孩子今年上一年级") — for the choice variables whose catalogue gives phrases that state them
/// (<c>said</c>). Strict on purpose: one choice's phrases, not negated; anything less is asked as usual.
/// </summary>
public static class FactSpotter
{
    public static IReadOnlyList<Answer> Spot(IEnumerable<VariableDefinition> variables, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > AnswerRecognizer.LongestAnswer)
        {
            return [];
        }

        var normalized = TextNormalizer.Normalize(text);
        return [.. variables
            .Where(v => v.Kind == VariableKind.Choice && v.Choices.Any(c => c.Said.Count > 0))
            .Select(v => (Variable: v, Value: ChoiceRecognizer.Spot(v, normalized)))
            .Where(s => s.Value is not null)
            .Select(s => Answer.Known(s.Variable, s.Value!))];
    }
}
