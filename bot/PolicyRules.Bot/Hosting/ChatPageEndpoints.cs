using PolicyRules.Bot.DirectLine;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// <c>POST /api/chat/token</c>: the chat page's own way to a Direct Line token, so that the secret never reaches the
/// browser (the role a site's server plays in front of Azure's Direct Line).
/// </summary>
internal static class ChatPageEndpoints
{
    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/chat/token", (DirectLineTokens tokens) =>
        {
            var conversationId = DirectLineConversations.NewConversationId();
            var userId = "dl_" + DirectLineConversations.NewConversationId();
            return DirectLineResults.Json(new ConversationResponse(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds));
        }).RequireRateLimiting(NewConversationLimit.Policy).ExcludeFromDescription();
        return app;
    }
}
