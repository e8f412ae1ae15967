using PolicyRules.Bot.Conversation.Interview;
using PolicyRules.Bot.Resources;
using PolicyRules.Localization;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>English / 中文 (and the page's language switch): carries on in the other language.</summary>
internal sealed class LanguageCommand(InterviewDialog interview) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.English, CommandKind.Chinese];

    public async Task RunAsync(Turn turn, Command command)
    {
        turn.State.Locale = command.Kind == CommandKind.English ? Locales.English : Locales.Chinese;
        await turn.SayAsync(Strings.LanguageSwitched.In(turn.Locale));
        await interview.ContinueAsync(turn);
    }
}
