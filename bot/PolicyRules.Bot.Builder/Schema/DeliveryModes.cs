namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    /// <summary>Replies are sent back to the channel as they are produced.</summary>
    public const string Normal = "normal";

    /// <summary>Replies are buffered and returned in the response to the incoming request.</summary>
    public const string ExpectReplies = "expectReplies";
}
