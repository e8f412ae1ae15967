using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>转人工: the offices of the person's area (or of all areas) with the phone numbers the texts give.</summary>
internal sealed class StaffCommand(ConversationServices services) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.Staff];

    public Task RunAsync(Turn turn, Command command)
    {
        var offices = services.Catalog.Offices(turn.State.Area, turn.Locale).Select(o => o.Phone is null ? o.Name : $"{o.Name} {o.Phone}");
        return turn.SayAsync($"{Strings.Staff.In(turn.Locale)}\n{string.Join("\n", offices)}");
    }
}
