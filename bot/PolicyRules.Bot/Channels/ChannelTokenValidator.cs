using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Channels;

/// <summary>
/// Checks the JWT an Azure Bot Service channel sends with an activity, as Bot Framework's connector authentication
/// specifies: issued by a valid issuer to this bot's app id, within its lifetime give or take five minutes, signed (RS256)
/// with a key of the OpenID metadata that endorses the activity's channel, and naming in its <c>serviceurl</c> claim the
/// activity's <c>serviceUrl</c> — so that a token taken from one conversation cannot send the bot's replies elsewhere.
/// </summary>
/// <remarks>
/// The metadata and its keys are kept by <see cref="ConfigurationManager{T}"/>: fetched once, refreshed on its schedule,
/// and at once (at most every five minutes) when a token names a key it does not know, as happens when keys roll over.
/// </remarks>
internal sealed class ChannelTokenValidator
{
    private const string ServiceUrlClaim = "serviceurl";

    /// <summary>The channels a key may sign for, as a parameter of the key in the metadata's key set.</summary>
    private const string EndorsementsParameter = "endorsements";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly TokenValidationParameters _parameters;
    private readonly TimeProvider _time;

    public ChannelTokenValidator(IOptions<ChannelOptions> options, TimeProvider time)
    {
        var channels = options.Value;
        _time = time;
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            channels.OpenIdMetadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = !new Uri(channels.OpenIdMetadataUrl).IsLoopback });
        _parameters = new TokenValidationParameters
        {
            ConfigurationManager = _metadata,
            ValidAudience = channels.AppId,
            ValidIssuers = channels.ValidIssuers is { Length: > 0 } issuers ? issuers : [ChannelOptions.BotFrameworkIssuer],
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            LifetimeValidator = IsWithinLifetime,
        };
    }

    /// <summary>Why <paramref name="token"/> does not let <paramref name="activity"/> in; null when it does.</summary>
    public async Task<ChannelRefusal?> RefuseAsync(string? token, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return ChannelRefusal.Unauthorized("The request has no token; a channel sends Authorization: Bearer <its JWT>.");
        }

        if (!await HasKeysAsync(cancellationToken))
        {
            return ChannelRefusal.KeysUnavailable();
        }

        var parameters = _parameters.Clone();
        parameters.IssuerSigningKeyValidatorUsingConfiguration = (key, _, _, configuration) => Endorses(key, configuration, activity.ChannelId);
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return ChannelRefusal.Unauthorized(Describe(result.Exception));
        }

        var named = ((JsonWebToken)result.SecurityToken).TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl);
        return named && string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal)
            ? null
            : ChannelRefusal.Unauthorized("The token's serviceurl claim is not the activity's serviceUrl.");
    }

    /// <summary>Whether the metadata can be had (fetched now or kept from before); without it no token can be checked.</summary>
    private async Task<bool> HasKeysAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _metadata.GetConfigurationAsync(cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A key that lists endorsements signs only for those channels (a key that lists none is not restricted).</summary>
    private static bool Endorses(SecurityKey key, BaseConfiguration configuration, string? channelId)
    {
        var published = (configuration as OpenIdConnectConfiguration)?.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == key.KeyId);
        if (published is null)
        {
            return false;
        }

        // The key set's reader keeps parameters it does not know as JSON elements.
        return !published.AdditionalData.TryGetValue(EndorsementsParameter, out var endorsements)
            || (endorsements is JsonElement { ValueKind: JsonValueKind.Array } channels
                && channels.EnumerateArray().Any(channel => channel.ValueKind == JsonValueKind.String && channel.GetString() == channelId));
    }

    /// <summary>The lifetime check, on the host's clock rather than the library's.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return expires is { } end && now < end + ClockSkew && (notBefore is not { } start || now >= start - ClockSkew);
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenMalformedException => "The token is not a well-formed JWT.",
        SecurityTokenInvalidLifetimeException => "The token has expired, or is not valid yet (five minutes of clock skew are allowed).",
        SecurityTokenInvalidAudienceException => "The token is not addressed to this bot: its audience is not Channels:AppId.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not one of Channels:ValidIssuers.",
        SecurityTokenInvalidSigningKeyException => "The key that signed the token does not endorse the activity's channel.",
        SecurityTokenInvalidSignatureException => "The token's signature does not match a key of Channels:OpenIdMetadataUrl.",
        _ => "The token is not valid.",
    };
}
