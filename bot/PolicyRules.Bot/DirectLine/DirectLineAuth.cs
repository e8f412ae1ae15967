using PolicyRules.Bot.Hosting;

namespace PolicyRules.Bot.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation) or of a token (its conversation only).</summary>
internal sealed record DirectLineCaller(bool HoldsSecret, TokenClaims? Token)
{
    public bool MayUse(string conversationId) => HoldsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}

/// <summary>
/// Checks <c>Authorization: Bearer …</c> (or the stream's <c>t</c> query parameter). A missing or unknown credential is
/// 401; an expired token, or one for another conversation, is 403 — the code Direct Line clients read as "token expired".
/// </summary>
internal sealed class DirectLineAuth(DirectLineSecret secret, DirectLineTokens tokens)
{
    public DirectLineCaller? Authenticate(string? credential, out IResult? failure)
    {
        failure = null;
        if (string.IsNullOrWhiteSpace(credential))
        {
            failure = DirectLineResults.Error(StatusCodes.Status401Unauthorized, "MissingToken", "Send Authorization: Bearer <Direct Line secret or token>.");
            return null;
        }

        if (secret.Matches(credential))
        {
            return new DirectLineCaller(HoldsSecret: true, Token: null);
        }

        if (tokens.Read(credential) is not { } claims)
        {
            failure = DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is not one this service issued.");
            return null;
        }

        if (tokens.IsExpired(claims))
        {
            failure = DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired; generate a new one.");
            return null;
        }

        return new DirectLineCaller(HoldsSecret: false, claims);
    }

    public DirectLineCaller? Authenticate(HttpRequest request, out IResult? failure) => Authenticate(BearerCredential.From(request), out failure);

    /// <summary>Authenticates and checks that the caller may use <paramref name="conversationId"/>.</summary>
    public DirectLineCaller? Authorize(HttpRequest request, string conversationId, out IResult? failure)
    {
        var caller = Authenticate(request, out failure);
        if (caller is not null && !caller.MayUse(conversationId))
        {
            failure = DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is for another conversation.");
            return null;
        }

        return caller;
    }
}
