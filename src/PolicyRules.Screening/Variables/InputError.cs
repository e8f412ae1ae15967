using PolicyRules.Localization;

namespace PolicyRules.Screening.Variables;

/// <summary>
/// What was wrong with one input and how to put it right, in both languages. <see cref="Variable"/> names the input (a
/// variable, a case file's key), or is empty when the mistake is the whole input's (not JSON, empty, too large).
/// </summary>
public sealed record InputError(string Variable, string MessageZh, string MessageEn)
{
    private const int LongestShown = 60;

    public string Message(string locale) => Locales.IsEnglish(locale) ? MessageEn : MessageZh;

    /// <summary>The line a person reads: <c>variable: message</c>, or the message alone for a mistake of the whole input.</summary>
    public string Line(string locale) => Variable.Length == 0 ? Message(locale) : $"{Shown(Variable)}: {Message(locale)}";

    /// <summary>Text the person typed, as a message quotes it: cut short (with …) when it is too long to read.</summary>
    public static string Shown(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= LongestShown)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[LongestShown - 1]) ? LongestShown - 1 : LongestShown;
        return string.Concat(text.AsSpan(0, end), "…");
    }
}
