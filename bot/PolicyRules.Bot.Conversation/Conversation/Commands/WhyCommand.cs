using System.Globalization;
using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Bot.Conversation.Interview;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>为什么问这个: why the pending question is asked, what it decides and the clauses that read it.</summary>
internal sealed class WhyCommand(ConversationServices services, InterviewDialog interview) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Why];

    public async Task RunAsync(Turn turn, Command command)
    {
        var state = turn.State;
        if (state.PendingQuestion is null)
        {
            await turn.SayAsync(Strings.NothingPending.In(turn.Locale));
            return;
        }

        var variable = services.Variables[state.PendingQuestion];
        var programs = services.Catalog.Programs(turn.Locale).Where(p => variable.Programs.Contains(p.Id)).Select(p => p.Title);
        var clauses = services.Catalog.ClausesReading(variable.Id).Take(6);
        var separator = Locales.IsEnglish(turn.Locale) ? "; " : "；";
        var why = string.Format(CultureInfo.InvariantCulture, Strings.WhyAsk.In(turn.Locale), variable.Why(turn.Locale, services.DateFor(state), state.Area));
        var feeds = string.Format(CultureInfo.InvariantCulture, Strings.WhyFeeds.In(turn.Locale), string.Join(separator, programs), string.Join(separator, clauses));
        await turn.SayAsync(MarkdownText.Escape($"{why}\n{feeds}"));
        await interview.RepeatPendingAsync(turn);
    }
}
