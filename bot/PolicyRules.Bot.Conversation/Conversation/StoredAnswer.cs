namespace PolicyRules.Bot.Conversation;

/// <summary>An answer as kept in conversation state: the variable, and its value as JSON (null for "don't know").</summary>
public sealed class StoredAnswer
{
    public string Variable { get; set; } = string.Empty;

    public string? Json { get; set; }
}
