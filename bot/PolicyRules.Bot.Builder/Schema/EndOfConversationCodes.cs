namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The values of <see cref="Activity.Code"/> on an <c>endOfConversation</c> activity (Bot Framework activity schema).</summary>
public static class EndOfConversationCodes
{
    public const string Unknown = "unknown";
    public const string CompletedSuccessfully = "completedSuccessfully";
    public const string UserCancelled = "userCancelled";
    public const string BotTimedOut = "botTimedOut";
    public const string BotIssuedInvalidMessage = "botIssuedInvalidMessage";
    public const string ChannelFailed = "channelFailed";
}
