using Microsoft.AspNetCore.Diagnostics;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// The store is down or cannot be written (the database stopped, the disk full or read-only): 503 with
/// <c>Retry-After</c>, in Direct Line's error shape on its routes (its clients retry a 5xx) and as a problem elsewhere,
/// and one warning in the log with the store's reason — not a stack trace. Nothing was half-written: the stores undo
/// whatever part of the operation they could not finish.
/// </summary>
internal sealed partial class StorageUnavailableHandler(ILogger<StorageUnavailableHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StorageUnavailableException)
        {
            return false;
        }

        LogUnavailable(logger, context.Request.Method, context.Request.Path, context.TraceIdentifier, exception.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await HostErrors.WriteAsync(
            context, StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Storage unavailable",
            "Your data cannot be saved right now. Nothing was lost; please try again in a minute.");
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} (request {RequestId}) could not reach the store: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string method, PathString path, string requestId, string reason);
}
