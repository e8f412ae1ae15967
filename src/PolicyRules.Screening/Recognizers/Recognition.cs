using PolicyRules.Localization;
using PolicyRules.Rules.Catalog;
using PolicyRules.Screening.Variables;

namespace PolicyRules.Screening.Recognizers;

/// <summary>
/// The reading of one free-text answer: a typed value (bool, DateOnly, int, decimal, the choice's enum
/// value or text), "does not know", or a re-ask message in both languages that names what was expected.
/// </summary>
public sealed record Recognition(RecognitionOutcome Outcome, object? Value, string? ReAskZh, string? ReAskEn)
{
    /// <summary>The re-ask message in the locale the answer was read for (set by <see cref="AnswerRecognizer"/>).</summary>
    public string? Message { get; init; }

    public static Recognition Known(object value) => new(RecognitionOutcome.Known, value, null, null);

    public static Recognition Uncertain() => new(RecognitionOutcome.Uncertain, null, null, null);

    public static Recognition NotUnderstood(string zh, string en) => new(RecognitionOutcome.NotUnderstood, null, zh, en);

    public static Recognition NotUnderstood(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return NotUnderstood(error.MessageZh, error.MessageEn);
    }

    /// <summary>The re-ask message in the locale ("zh-CN", "en"); null unless <see cref="RecognitionOutcome.NotUnderstood"/>.</summary>
    public string? ReAsk(string locale) =>
        Locales.IsEnglish(locale) ? ReAskEn : ReAskZh;

    /// <summary>The answer to record, or null when the question must be asked again.</summary>
    public Answer? ToAnswer(VariableDefinition variable) => Outcome switch
    {
        RecognitionOutcome.Known => Answer.Known(variable, Value!),
        RecognitionOutcome.Uncertain => Answer.Uncertain(variable),
        _ => null,
    };
}
