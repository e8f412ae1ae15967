using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PolicyRules.Bot.Api;

/// <summary>
/// The last resort for anything unexpected: a 500 problem that says nothing about the failure, and a log entry with the
/// exception type and stack but not its message, which can quote a person's answers.
/// </summary>
internal sealed partial class UnexpectedErrorHandler(IProblemDetailsService problems, ILogger<UnexpectedErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        LogFailure(logger, exception.GetType().FullName, context.Request.Method, context.Request.Path, context.TraceIdentifier, exception.StackTrace);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Unexpected error",
                Detail = "The server could not handle this request. Please try again later; if it keeps failing, tell us the traceId.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled {ExceptionType} in {Method} {Path} (request {RequestId}) {StackTrace}")]
    private static partial void LogFailure(ILogger logger, string? exceptionType, string method, PathString path, string requestId, string? stackTrace);
}
