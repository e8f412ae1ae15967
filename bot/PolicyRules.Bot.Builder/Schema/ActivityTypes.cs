namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The values of <see cref="Activity.Type"/> (Bot Framework activity schema).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
}
