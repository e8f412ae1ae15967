using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// Reads a person's free-text answer to the question about one variable. "Don't know" comes first;
/// then the recognizer for the variable's kind; a value that is read but not allowed (a birth date in
/// the future, a negative month count) is asked again with <see cref="AnswerReader.Check"/>'s message.
/// Nothing is guessed: what is not read safely is <see cref="RecognitionOutcome.NotUnderstood"/>.
/// </summary>
public static class AnswerRecognizer
{
    public const string MonthUnit = "month";

    /// <summary>
    /// The longest answer read (in characters): an answer is a sentence, and reading a pasted page would only cost time.
    /// A longer one is asked again, saying so.
    /// </summary>
    public const int LongestAnswer = 1000;

    /// <param name="variable">The variable the question asked about.</param>
    /// <param name="text">What the person said.</param>
    /// <param name="locale">The language of the messages for an answer not understood.</param>
    /// <param name="asOf">The evaluation date: a two-digit year is read as the one not after it.</param>
    /// <param name="today">
    /// The person's today, when it differs from the evaluation date (a conversation about a past round
    /// of rules): a date is refused as in the future only after it, never after the evaluation date.
    /// </param>
    public static Recognition Recognize(VariableDefinition variable, string text, string locale, DateOnly asOf, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (text.Length > LongestAnswer)
        {
            var tooLong = Recognition.NotUnderstood($"这个回答太长了（{text.Length}个字）；请用一句话回答，不超过{LongestAnswer}个字。",
                $"That answer is too long ({text.Length} characters); please answer in a sentence of at most {LongestAnswer}.");
            return tooLong with { Message = tooLong.ReAsk(locale) };
        }

        var normalized = TextNormalizer.Normalize(text);
        var recognition = normalized.Length == 0 ? NotUnderstood(variable)
            : UncertainRecognizer.IsUncertain(FirstClause(normalized)) ? Recognition.Uncertain()
            : variable.Kind == VariableKind.Bool && YesNo(variable, normalized) is { Outcome: RecognitionOutcome.Known } yesNo ? yesNo
            : UncertainRecognizer.IsUncertain(normalized) ? Recognition.Uncertain()
            : ByKind(variable, normalized, asOf);
        if (recognition.Outcome == RecognitionOutcome.Known && AnswerReader.Check(variable, recognition.Value!, asOf, today) is { } error)
        {
            recognition = Recognition.NotUnderstood(error);
        }

        return recognition with { Message = recognition.ReAsk(locale) };
    }

    private static Recognition ByKind(VariableDefinition variable, string normalized, DateOnly asOf) => variable.Kind switch
    {
        VariableKind.Bool => YesNo(variable, normalized),
        VariableKind.Date => DateRecognizer.Recognize(normalized, asOf),
        VariableKind.Int when IsMonths(variable) => DurationRecognizer.Recognize(normalized),
        VariableKind.Int when IsYears(variable) => FullYears(normalized),
        VariableKind.Int => NumberRecognizer.Recognize(normalized, wholeNumber: true, variable.Unit),
        VariableKind.Decimal when IsShare(variable) => ShareRecognizer.Recognize(normalized),
        VariableKind.Decimal => NumberRecognizer.Recognize(normalized, wholeNumber: false, variable.Unit),
        VariableKind.Choice => ChoiceRecognizer.Recognize(variable, normalized),
        _ => Recognition.Known(normalized),
    };

    private static string FirstClause(string normalized) => normalized.Split([',', '，', ';', '；', '、'], 2)[0];

    /// <summary>A clear yes or no in the first clause wins over a "don't know" later ("没有，不知道要登记" is a no).</summary>
    private static Recognition YesNo(VariableDefinition variable, string normalized) =>
        YesNoRecognizer.Recognize(normalized, variable.YesTerms, variable.NoTerms);

    /// <summary>
    /// A number of years (服现役满几年: "12", "12年", "十二年", "12 years"; "12年半" counts as 12) or a calendar year
    /// ("1998年"): a bare number is years; a length of time with a unit is read as months and counted in full years.
    /// </summary>
    private static Recognition FullYears(string normalized)
    {
        foreach (var filler in new[] { "一共", "总共", "共", "满" })
        {
            normalized = normalized.StartsWith(filler, StringComparison.Ordinal) ? normalized[filler.Length..] : normalized;
        }

        normalized = normalized.TrimEnd('了');
        var lowered = normalized.ToLowerInvariant();
        if (!lowered.Contains('年', StringComparison.Ordinal) && !lowered.Contains('月', StringComparison.Ordinal) && !lowered.Contains("year", StringComparison.Ordinal) && !lowered.Contains("month", StringComparison.Ordinal))
        {
            return NumberRecognizer.Recognize(normalized, wholeNumber: true);
        }

        var months = DurationRecognizer.Recognize(normalized);
        return months.Outcome == RecognitionOutcome.Known ? Recognition.Known((int)months.Value! / 12) : NumberRecognizer.NotUnderstood(wholeNumber: true);
    }

    private static Recognition NotUnderstood(VariableDefinition variable) => variable.Kind switch
    {
        VariableKind.Bool => YesNoRecognizer.NotUnderstood(),
        VariableKind.Date => DateRecognizer.NotUnderstood(),
        VariableKind.Int when IsMonths(variable) => DurationRecognizer.NotUnderstood(),
        VariableKind.Int => NumberRecognizer.NotUnderstood(wholeNumber: true),
        VariableKind.Decimal when IsShare(variable) => ShareRecognizer.NotUnderstood(),
        VariableKind.Decimal => NumberRecognizer.NotUnderstood(wholeNumber: false),
        VariableKind.Choice => ChoiceRecognizer.NotUnderstood(variable),
        _ => Recognition.NotUnderstood("请输入您的回答。", "Please type your answer."),
    };

    private static bool IsMonths(VariableDefinition variable) =>
        string.Equals(variable.Unit, MonthUnit, StringComparison.OrdinalIgnoreCase);

    private static bool IsYears(VariableDefinition variable) =>
        string.Equals(variable.Unit, UnitWords.Year, StringComparison.OrdinalIgnoreCase);

    private static bool IsShare(VariableDefinition variable) =>
        string.Equals(variable.Unit, ShareRecognizer.Unit, StringComparison.OrdinalIgnoreCase);
}
