using PolicyRules.Bot.Conversation.Cards;
using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>重新开始: forgets the area and every answer, and shows the menu.</summary>
internal sealed class RestartCommand(ConversationServices services) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Restart];

    public async Task RunAsync(Turn turn, Command command)
    {
        turn.State.Restart();
        await turn.SayAsync(Strings.Restarted.In(turn.Locale));
        await turn.SendAsync(MenuCard.Build(services.Topics, turn.Locale, Strings.Menu));
    }
}
