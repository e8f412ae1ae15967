namespace PolicyRules.Bot.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// The secret that clients (or the page's server side) use to start conversations and generate tokens. When empty,
    /// one is generated on first start and kept in <see cref="Hosting.BotHostOptions.DataDirectory"/>, so that tokens stay
    /// valid across restarts.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>How long a token is valid; Direct Line clients refresh theirs every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many conversations (or page tokens) one client address may start per minute.</summary>
    public int NewConversationsPerMinute { get; set; } = 30;

    /// <summary>
    /// The origins (e.g. <c>https://www.example.gov.cn</c>) of other sites whose pages may call Direct Line from the
    /// browser, as a site embedding Web Chat does. The chat page served here needs none: it is its own origin.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The largest file accepted by <c>upload</c>.</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The longest message text accepted, in characters; a longer one is 413 (<c>MessageSizeTooBig</c>).</summary>
    public int MaxMessageCharacters { get; set; } = 5000;

    /// <summary>How many activities one conversation may post per minute (a person types far fewer); more is 429.</summary>
    public int MessagesPerConversationPerMinute { get; set; } = 60;
}
