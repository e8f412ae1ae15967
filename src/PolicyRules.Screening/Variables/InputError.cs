using PolicyRules.Localization;
using PolicyRules.Rules.Catalog;
namespace PolicyRules.Screening.Variables;

/// <summary>What was wrong with one input and how to put it right, in both languages.</summary>
public sealed record InputError(string Variable, string MessageZh, string MessageEn)
{
    public string Message(string locale) => Locales.IsEnglish(locale) ? MessageEn : MessageZh;
}
