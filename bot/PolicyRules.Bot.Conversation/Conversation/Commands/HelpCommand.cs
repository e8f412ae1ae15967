using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>帮助 / 菜单: the topics and what can be said at any point.</summary>
internal sealed class HelpCommand(ConversationServices services) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Help];

    public async Task RunAsync(Turn turn, Command command)
    {
        await turn.SendAsync(MenuCard.Build(services.Topics, turn.Locale, Strings.Menu));
        await turn.SayAsync(Strings.Commands.In(turn.Locale));
    }
}
