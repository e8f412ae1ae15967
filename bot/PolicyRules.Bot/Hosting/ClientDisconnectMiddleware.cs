using Microsoft.AspNetCore.Connections;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// A request that fails because of the client is not a failure of ours, and is not logged as one (with a stack trace):
/// a client that goes away in the middle of a request (a phone losing its signal while it sends) ends it with 499, and a
/// body that cannot be read (cut short, too large) is answered with the status the server gives it (400, 413) and a
/// problem saying what was wrong. Either way one line at Information level names the request, never what it carried.
/// </summary>
internal sealed partial class ClientDisconnectMiddleware(RequestDelegate next, ILogger<ClientDisconnectMiddleware> logger)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own sentences ("Unexpected end of request content.", "Request body too large…") carry no request data.
            LogUnreadable(logger, context.Request.Method, context.Request.Path, context.TraceIdentifier, exception.StatusCode, exception.Message);
            await AnswerAsync(context, exception.StatusCode, exception.Message);
        }
        catch (Exception exception) when (context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException or ConnectionResetException)
        {
            LogClientGone(logger, context.Request.Method, context.Request.Path, context.TraceIdentifier);
            await AnswerAsync(context, ClientClosedRequest, detail: null);
        }
    }

    private static async Task AnswerAsync(HttpContext context, int status, string? detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        if (detail is null || context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = ClientClosedRequest;
            return;
        }

        await HostErrors.WriteAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? "MessageSizeTooBig" : "BadArgument", "The request could not be read", detail);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The client closed the connection during {Method} {Path} (request {RequestId}).")]
    private static partial void LogClientGone(ILogger logger, string method, PathString path, string requestId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not read {Method} {Path} (request {RequestId}): {Status} {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string method, PathString path, string requestId, int status, string reason);
}
