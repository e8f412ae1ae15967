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

    public static Recognition Recognize(VariableDefinition variable, string text, string locale, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var normalized = TextNormalizer.Normalize(text);
        var recognition = normalized.Length == 0 ? NotUnderstood(variable)
            : UncertainRecognizer.IsUncertain(normalized) ? Recognition.Uncertain()
            : ByKind(variable, normalized, asOf);
        if (recognition.Outcome == RecognitionOutcome.Known && AnswerReader.Check(variable, recognition.Value!, asOf) is { } error)
        {
            recognition = Recognition.NotUnderstood(error);
        }

        return recognition with { Message = recognition.ReAsk(locale) };
    }

    private static Recognition ByKind(VariableDefinition variable, string normalized, DateOnly asOf) => variable.Kind switch
    {
        VariableKind.Bool => YesNoRecognizer.Recognize(normalized),
        VariableKind.Date => DateRecognizer.Recognize(normalized, asOf),
        VariableKind.Int when IsMonths(variable) => DurationRecognizer.Recognize(normalized),
        VariableKind.Int => NumberRecognizer.Recognize(normalized, wholeNumber: true, variable.Unit),
        VariableKind.Decimal when IsShare(variable) => ShareRecognizer.Recognize(normalized),
        VariableKind.Decimal => NumberRecognizer.Recognize(normalized, wholeNumber: false, variable.Unit),
        VariableKind.Choice => ChoiceRecognizer.Recognize(variable, normalized),
        _ => Recognition.Known(normalized),
    };

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

    private static bool IsShare(VariableDefinition variable) =>
        string.Equals(variable.Unit, ShareRecognizer.Unit, StringComparison.OrdinalIgnoreCase);
}
