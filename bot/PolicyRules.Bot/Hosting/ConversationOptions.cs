namespace PolicyRules.Bot.Hosting;

/// <summary>The <c>Conversations</c> configuration section.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>A conversation untouched for this long is deleted: its answers and its transcript.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often expired conversations are looked for.</summary>
    public TimeSpan ExpiryScanInterval { get; set; } = TimeSpan.FromMinutes(10);
}
