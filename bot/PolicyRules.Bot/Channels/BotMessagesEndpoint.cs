using Newtonsoft.Json;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.DirectLine;

namespace PolicyRules.Bot.Channels;

/// <summary>
/// <c>POST /api/messages</c>: activities from a Bot Framework channel. With <c>deliveryMode: expectReplies</c> the
/// replies come back in the response body (<c>{"activities":[…]}</c>); otherwise they are posted to the activity's
/// <c>serviceUrl</c>. Who may post is <see cref="ChannelAuthenticator"/>'s to say.
/// </summary>
internal static class BotMessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, HostedBotAdapter adapter, IHttpClientFactory httpClients, ChannelAuthenticator authenticator)
    {
        Activity? activity;
        try
        {
            using var reader = new StreamReader(request.Body);
            activity = BotJson.Deserialize<Activity>(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
        }
        catch (JsonException exception)
        {
            return BadRequest($"The body is not a JSON activity: {exception.Message}");
        }

        if (Problem(activity) is { } problem)
        {
            return BadRequest(problem);
        }

        // As Bot Framework does it: the token is checked against the activity it came with (its channel and serviceUrl).
        if (await authenticator.RefuseAsync(request, activity!) is { } refusal)
        {
            return refusal;
        }

        var expectReplies = activity!.DeliveryMode == DeliveryModes.ExpectReplies;
        IReplyChannel replies = expectReplies ? new HeldReplies() : new ConnectorReplies(httpClients.CreateClient(nameof(ConnectorReplies)), activity.ServiceUrl!);
        var held = await adapter.ProcessActivityAsync(activity, replies, request.HttpContext.RequestAborted);
        return expectReplies ? DirectLineResults.Json(new { activities = held }) : Results.Ok();
    }

    /// <summary>What makes an activity unusable, in words a channel developer can act on; null when it is fine.</summary>
    private static string? Problem(Activity? activity) => activity switch
    {
        null => "The body is empty; send one Bot Framework activity as JSON.",
        { Type: null or "" } => "The activity needs a 'type', e.g. \"message\".",
        { ChannelId: null } => "The activity needs a 'channelId'.",
        { ChannelId: DirectLineConversations.ChannelId } => "Channel 'directline' is served by this host at /v3/directline, not through /api/messages.",
        { Conversation.Id: null } or { Conversation: null } => "The activity needs 'conversation.id'.",
        { From.Id: null } or { From: null } => "The activity needs 'from.id'.",
        { DeliveryMode: not DeliveryModes.ExpectReplies, ServiceUrl: null } => "The activity needs a 'serviceUrl' to reply to, or deliveryMode \"expectReplies\".",
        _ => null,
    };

    private static IResult BadRequest(string message) => DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>For expectReplies the turn context keeps the replies itself; nothing is sent.</summary>
    private sealed class HeldReplies : IReplyChannel
    {
        public Task<ResourceResponse[]> SendAsync(Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(a => new ResourceResponse(a.Id)).ToArray());
    }
}
