using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation.Cards;

/// <summary>The topics the bot covers, as buttons, after a lead sentence.</summary>
internal static class MenuCard
{
    public static Activity Build(TopicRouter topics, string locale, Text lead)
    {
        var titles = topics.Covered.Select(t => t.Title.In(locale)).ToArray();
        return MessageFactory.SuggestedActions(titles, $"{lead.In(locale)} {string.Join(Locales.IsEnglish(locale) ? ", " : "、", titles)}");
    }
}
