namespace PolicyRules.Bot.Channels;

/// <summary>
/// The <c>Channels</c> configuration section: who may post to <c>/api/messages</c>. With <see cref="AppId"/> a request
/// must carry the signed token Azure Bot Service's channels send; otherwise, with <see cref="BearerToken"/>, that shared
/// token; with neither, anyone (a channel run on the same machine, and the embedded default).
/// </summary>
public sealed class ChannelOptions
{
    public const string Section = "Channels";

    /// <summary>Where Azure Bot Service publishes the keys its channels sign with.</summary>
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the tokens Azure Bot Service's channels send.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>
    /// The bot's Microsoft App ID. When set, <c>/api/messages</c> accepts only a JWT addressed to it (its audience),
    /// issued by one of <see cref="ValidIssuers"/>, signed with a key from <see cref="OpenIdMetadataUrl"/> that endorses
    /// the activity's channel, within its lifetime, and naming the activity's <c>serviceUrl</c>.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>The OpenID metadata document that lists the signing keys (kept and refreshed as its cache rules say).</summary>
    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>Token issuers accepted besides the one the metadata names; empty means <see cref="BotFrameworkIssuer"/>.</summary>
    /// <remarks>Not defaulted here: configuration binding appends to an array, so a default could not be replaced.</remarks>
    public string[] ValidIssuers { get; set; } = [];

    /// <summary>
    /// Without <see cref="AppId"/>: when set, <c>/api/messages</c> accepts only requests with <c>Authorization: Bearer</c>
    /// this value, for a channel you run yourself.
    /// </summary>
    public string? BearerToken { get; set; }

    /// <summary>
    /// The metadata is fetched over https, or over http from this machine (tests, a local emulator of the channel
    /// service); anything else would let whoever sits on the network hand us their own keys.
    /// </summary>
    public static bool IsTrustedMetadataUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
