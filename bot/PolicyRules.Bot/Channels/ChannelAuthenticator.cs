using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Hosting;

namespace PolicyRules.Bot.Channels;

/// <summary>
/// Decides whether a request to <c>/api/messages</c> may deliver its activity, as <see cref="ChannelOptions"/> says: a
/// channel's signed token when an app id is configured, else the shared bearer token when one is, else anyone. A refusal
/// is a problem naming what is wrong, and one log line that never holds the credential.
/// </summary>
internal sealed partial class ChannelAuthenticator(IOptions<ChannelOptions> options, ChannelTokenValidator channelTokens, ILogger<ChannelAuthenticator> logger)
{
    /// <summary>The problem to answer with; null when the request may go on.</summary>
    public async Task<IResult?> RefuseAsync(HttpRequest request, Activity activity)
    {
        var refusal = options.Value switch
        {
            { AppId.Length: > 0 } => await channelTokens.RefuseAsync(BearerCredential.From(request), activity, request.HttpContext.RequestAborted),
            { BearerToken: { Length: > 0 } expected } => RefuseSharedToken(BearerCredential.From(request), expected),
            _ => null,
        };
        if (refusal is null)
        {
            return null;
        }

        LogRefusal(logger, refusal.StatusCode, refusal.Reason);
        return TypedResults.Problem(refusal.Reason, statusCode: refusal.StatusCode);
    }

    private static ChannelRefusal? RefuseSharedToken(string? presented, string expected) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected))
            ? null
            : ChannelRefusal.Unauthorized("Send Authorization: Bearer <Channels:BearerToken>.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to /api/messages ({StatusCode}): {Reason}")]
    private static partial void LogRefusal(ILogger logger, int statusCode, string reason);
}
