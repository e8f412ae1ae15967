namespace PolicyRules.Bot.Channels;

/// <summary>Why <c>/api/messages</c> does not serve a request, in words a channel's operator can act on.</summary>
internal sealed record ChannelRefusal(int StatusCode, string Reason)
{
    public static ChannelRefusal Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason);

    /// <summary>The keys to check a token with cannot be had just now: the channel should try again, not give up.</summary>
    public static ChannelRefusal KeysUnavailable() => new(
        StatusCodes.Status503ServiceUnavailable,
        "The channel's signing keys could not be read from Channels:OpenIdMetadataUrl; try again later, or check that address.");
}
