using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Resources;

namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>
/// 删除我的数据: deletes everything stored for the conversation, confirms, and ends the conversation so
/// that the host erases its transcript too. A later message starts a new interview.
/// </summary>
internal sealed class DeleteDataCommand(ConversationState conversationState) : IConversationCommand
{
    public IReadOnlyCollection<CommandKind> Kinds => [CommandKind.DeleteData];

    public async Task RunAsync(Turn turn, Command command)
    {
        await conversationState.DeleteAsync(turn.Context, turn.CancellationToken);
        await turn.SayAsync(Strings.DataDeleted.In(turn.Locale));
        await turn.SendAsync(new Activity(ActivityTypes.EndOfConversation) { Code = EndOfConversationCodes.CompletedSuccessfully, Text = PolicyBot.DataDeletedText });
    }
}
