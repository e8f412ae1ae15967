using Microsoft.AspNetCore.Cors.Infrastructure;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// Which other sites' pages may call Direct Line from a browser: the origins of <see cref="DirectLineOptions.AllowedOrigins"/>,
/// never any origin at all. The chat page served here needs no such permission, being its own origin; in development,
/// pages on this machine (a Web Chat sample on another localhost port) may call as well.
/// </summary>
internal static class DirectLineCors
{
    public const string OriginRule = "DirectLine:AllowedOrigins lists the origins of sites that embed Web Chat, each a scheme, host and optional port such as https://www.example.gov.cn, without a path and never '*'.";

    public static CorsPolicy Policy(IEnumerable<string> allowedOrigins, bool development)
    {
        var allowed = allowedOrigins.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return new CorsPolicyBuilder()
            .SetIsOriginAllowed(origin => allowed.Contains(Normalize(origin)) || (development && IsOnThisMachine(origin)))
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders(DirectLineEndpoints.AllowedHeaders)
            .Build();
    }

    /// <summary>Whether <paramref name="origin"/> is a web origin: http(s), a host, perhaps a port, and nothing else.</summary>
    public static bool IsWebOrigin(string origin) =>
        Uri.TryCreate(origin.TrimEnd('/'), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.PathAndQuery == "/" && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo) && !uri.Host.Contains('*', StringComparison.Ordinal);

    private static bool IsOnThisMachine(string origin) => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.IsLoopback;

    /// <summary>Origins compare as browsers send them: scheme and host in lower case, no trailing slash, no default port.</summary>
    private static string Normalize(string origin) =>
        Uri.TryCreate(origin.TrimEnd('/'), UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : origin;
}
