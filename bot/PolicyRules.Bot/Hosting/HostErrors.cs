using Microsoft.AspNetCore.Mvc;
using PolicyRules.Bot.DirectLine;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// The host's own error answers (not an endpoint's): in Direct Line's shape (<c>{ "error": { code, message } }</c>) on its
/// routes, where its clients read it, and as an RFC 7807 problem everywhere else.
/// </summary>
internal static class HostErrors
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string title, string detail)
    {
        context.Response.StatusCode = status;
        if (context.Request.Path.StartsWithSegments("/v3/directline", StringComparison.Ordinal))
        {
            await DirectLineResults.Error(status, code, detail).ExecuteAsync(context);
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
