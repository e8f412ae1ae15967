using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PolicyRules.Bot.DirectLine;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// Caps how many conversations (and page tokens) one client address may start per minute, so that nobody can fill the
/// store by starting conversations in a loop, and how many activities one conversation may post per minute. A refused
/// request is 429 with <c>Retry-After</c> and an error saying so.
/// </summary>
internal static class NewConversationLimit
{
    public const string Policy = "new-conversation";

    public const string MessagesPolicy = "conversation-messages";

    public static IServiceCollection AddNewConversationLimit(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await HostErrors.WriteAsync(
                    context.HttpContext, StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many requests",
                    "Too many requests in a minute from this client or conversation; wait a minute and try again.");
            };
            limiter.AddPolicy(Policy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DirectLineOptions>>().Value.NewConversationsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.AddPolicy(MessagesPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DirectLineOptions>>().Value.MessagesPerConversationPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Request.RouteValues["conversationId"] as string ?? string.Empty,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
}
