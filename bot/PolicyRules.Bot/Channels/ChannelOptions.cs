namespace PolicyRules.Bot.Channels;

/// <summary>The <c>Channels</c> configuration section: how <c>/api/messages</c> is protected.</summary>
public sealed class ChannelOptions
{
    public const string Section = "Channels";

    /// <summary>
    /// When set, <c>/api/messages</c> accepts only requests with <c>Authorization: Bearer</c> this value. Azure Bot
    /// Service's signed channel tokens are not checked (that needs Microsoft's identity endpoints); put a gateway that
    /// checks them in front, or use this shared secret with a channel you run yourself.
    /// </summary>
    public string? BearerToken { get; set; }
}
