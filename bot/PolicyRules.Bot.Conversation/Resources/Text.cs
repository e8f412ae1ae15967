using PolicyRules.Localization;
namespace PolicyRules.Bot.Resources;

/// <summary>A sentence the bot says, in Chinese (the source) and English.</summary>
internal sealed record Text(string Zh, string En)
{
    public string In(string locale) => Locales.IsEnglish(locale) ? En : Zh;
}
