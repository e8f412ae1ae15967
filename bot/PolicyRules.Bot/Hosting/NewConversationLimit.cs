using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PolicyRules.Bot.DirectLine;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// Caps how many conversations (and page tokens) one client address may start per minute, so that nobody can fill the
/// store by starting conversations in a loop. A refused request is 429 with <c>Retry-After</c>.
/// </summary>
internal static class NewConversationLimit
{
    public const string Policy = "new-conversation";

    public static IServiceCollection AddNewConversationLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Policy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DirectLineOptions>>().Value.NewConversationsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
}
