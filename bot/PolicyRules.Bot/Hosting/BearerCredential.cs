namespace PolicyRules.Bot.Hosting;

/// <summary>The credential of an <c>Authorization: Bearer …</c> header.</summary>
internal static class BearerCredential
{
    private const string Scheme = "Bearer ";

    /// <summary>What follows <c>Bearer</c>; null when the request has no such header.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }
}
