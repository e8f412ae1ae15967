using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation.Cards;

/// <summary>Full-width punctuation in Chinese, ASCII in English: no "（" or "：" in an English sentence.</summary>
internal static class Punctuation
{
    public static string Colon(string locale) => Locales.IsEnglish(locale) ? ": " : "：";

    public static string Semicolon(string locale) => Locales.IsEnglish(locale) ? "; " : "；";

    public static string Parenthesized(string text, string locale) => Locales.IsEnglish(locale) ? $" ({text})" : $"（{text}）";
}
