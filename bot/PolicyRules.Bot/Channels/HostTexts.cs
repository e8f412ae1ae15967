using PolicyRules.Localization;

namespace PolicyRules.Bot.Channels;

/// <summary>The few things the host itself says to a person.</summary>
internal static class HostTexts
{
    public static string TurnFailed(string? locale) => Locales.IsEnglish(locale)
        ? "Sorry, something went wrong on our side. Your earlier answers are saved; please send your last message again."
        : "抱歉，系统出了点问题。您之前的回答都已保存，请把刚才的话再发一次。";

    public static string CannotSaveNow(string? locale) => Locales.IsEnglish(locale)
        ? "Sorry, your answer cannot be saved right now. Please send it again in a minute; your earlier answers are kept."
        : "抱歉，现在暂时无法保存您的回答，请过一会儿再发一次。您之前的回答都还在。";
}
