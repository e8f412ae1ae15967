using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens. A token names one conversation (and the user, when known) and expires;
/// it is signed with a key derived from the secret, so tokens outlive a restart without being stored.
/// </summary>
internal sealed class DirectLineTokens(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Version = "dl1";

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string? userId)
    {
        var claims = new TokenClaims(conversationId, userId, time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds());
        var payload = Base64Url.Encode(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(claims)));
        return $"{Version}.{payload}.{Sign(payload)}";
    }

    /// <summary>Reads a token; null when it is malformed or not signed by us.</summary>
    public TokenClaims? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Version)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])) || Base64Url.TryDecode(parts[1]) is not { } json)
        {
            return null;
        }

        return JsonConvert.DeserializeObject<TokenClaims>(Encoding.UTF8.GetString(json));
    }

    public bool IsExpired(TokenClaims claims) => time.GetUtcNow().ToUnixTimeSeconds() >= claims.ExpiresAt;

    private string Sign(string payload) => Base64Url.Encode(HMACSHA256.HashData(secret.SigningKey, Encoding.ASCII.GetBytes(payload)));
}

/// <summary>What a token grants: one conversation, until <see cref="ExpiresAt"/> (Unix seconds).</summary>
internal sealed record TokenClaims(
    [property: JsonProperty("c")] string ConversationId,
    [property: JsonProperty("u")] string? UserId,
    [property: JsonProperty("x")] long ExpiresAt);
