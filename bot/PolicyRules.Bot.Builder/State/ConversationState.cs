namespace PolicyRules.Bot.Builder.State;

/// <summary>State shared by everyone in a conversation, keyed <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = turnContext.Activity.ChannelId
            ?? throw new InvalidOperationException("ConversationState needs activity.channelId.");
        var conversationId = turnContext.Activity.Conversation?.Id
            ?? throw new InvalidOperationException("ConversationState needs activity.conversation.id.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
