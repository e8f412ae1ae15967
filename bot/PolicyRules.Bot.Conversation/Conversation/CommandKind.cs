namespace PolicyRules.Bot.Conversation;

internal enum CommandKind
{
    None,
    Restart,
    Why,
    Change,
    Summary,
    Staff,
    English,
    Chinese,
    Help,
    Print,
    DeleteData,
}
