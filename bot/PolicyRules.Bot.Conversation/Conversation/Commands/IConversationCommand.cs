namespace PolicyRules.Bot.Conversation.Commands;

/// <summary>Something the person can say at any point of the conversation (为什么问这个, 改一下, 重新开始…).</summary>
internal interface IConversationCommand
{
    IReadOnlyCollection<CommandKind> Kinds { get; }

    Task RunAsync(Turn turn, Command command);
}
