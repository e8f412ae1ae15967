using Microsoft.AspNetCore.Http.Features;
using Newtonsoft.Json;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// Direct Line 3.0 under <c>/v3/directline</c>, complete enough for the official Web Chat and DirectLineJS clients:
/// tokens, conversations, activities with watermarks, upload and the WebSocket stream.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";

    /// <summary>The headers every browser client sends; forgetting <c>x-ms-bot-agent</c> breaks them all.</summary>
    public static readonly string[] AllowedHeaders = ["Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "X-Requested-With"];

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v3/directline").RequireCors(CorsPolicy).ExcludeFromDescription();
        api.MapPost("/tokens/generate", GenerateTokenAsync).RequireRateLimiting(Hosting.NewConversationLimit.Policy);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync).RequireRateLimiting(Hosting.NewConversationLimit.Policy);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(Hosting.NewConversationLimit.MessagesPolicy);
        api.MapPost("/conversations/{conversationId}/upload", UploadAsync).DisableAntiforgery().RequireRateLimiting(Hosting.NewConversationLimit.MessagesPolicy);
        api.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        api.MapGet("/session/getsessionid", () => DirectLineResults.Json(new { sessionId = string.Empty }));
        return app;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens)
    {
        var caller = auth.Authenticate(request, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (!caller.HoldsSecret)
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "BadArgument", "Generating a token needs the Direct Line secret.");
        }

        var (body, invalid) = await ReadStartRequestAsync(request);
        if (invalid is not null)
        {
            return invalid;
        }

        var conversationId = DirectLineConversations.NewConversationId();
        return DirectLineResults.Json(new ConversationResponse(conversationId, tokens.Issue(conversationId, body?.User?.Id), ExpiresIn(tokens)));
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens)
    {
        var caller = auth.Authenticate(request, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (caller.Token is not { } claims)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "Refresh a token, not the secret.");
        }

        return DirectLineResults.Json(new ConversationResponse(claims.ConversationId, tokens.Issue(claims.ConversationId, claims.UserId), ExpiresIn(tokens)));
    }

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineAuth auth, DirectLineTokens tokens, DirectLineConversations conversations, DirectLineTurns turns)
    {
        var caller = auth.Authenticate(request, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        var (body, invalid) = await ReadStartRequestAsync(request);
        if (invalid is not null)
        {
            return invalid;
        }

        var conversationId = caller.Token?.ConversationId ?? DirectLineConversations.NewConversationId();
        var userId = caller.Token?.UserId ?? body?.User?.Id ?? "dl_" + DirectLineConversations.NewConversationId();
        var created = await conversations.CreateAsync(conversationId, body?.Locale, request.HttpContext.RequestAborted);
        if (created)
        {
            _ = turns.StartAsync(conversationId, userId, body?.Locale);
        }

        var token = tokens.Issue(conversationId, userId);
        var response = new ConversationResponse(conversationId, token, ExpiresIn(tokens), StreamUrl(request, conversationId, token, watermark: 0));
        return DirectLineResults.Json(response, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        HttpRequest request, string conversationId, string? watermark, DirectLineAuth auth, DirectLineTokens tokens, DirectLineConversations conversations,
        DirectLineTurns turns)
    {
        var caller = auth.Authorize(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        // An ended conversation cannot be resumed: the client is told so (404 → "ended") and starts a new one.
        var from = DirectLineConversations.ParseWatermark(watermark);
        if (await conversations.FindAsync(conversationId, request.HttpContext.RequestAborted) is not { Ended: false } transcript)
        {
            return DirectLineResults.ConversationNotFound(conversationId);
        }

        turns.ResumeInterrupted(transcript);

        var token = tokens.Issue(conversationId, caller.Token?.UserId);
        return DirectLineResults.Json(new ConversationResponse(conversationId, token, ExpiresIn(tokens), StreamUrl(request, conversationId, token, from)));
    }

    private static async Task<IResult> GetActivitiesAsync(
        HttpRequest request, string conversationId, string? watermark, DirectLineAuth auth, DirectLineConversations conversations, DirectLineTurns turns)
    {
        if (auth.Authorize(request, conversationId, out var failure) is null)
        {
            return failure!;
        }

        var from = DirectLineConversations.ParseWatermark(watermark);
        var transcript = await conversations.FindAsync(conversationId, request.HttpContext.RequestAborted);
        if (!IsReadable(transcript, from))
        {
            return DirectLineResults.ConversationNotFound(conversationId);
        }

        var activities = await conversations.ReadAsync(conversationId, from, request.HttpContext.RequestAborted);
        turns.ResumeInterrupted(transcript!);
        var last = activities.Count > 0 ? activities[^1].Sequence : Math.Max(from, transcript!.LastSequence);
        return DirectLineResults.Json(new ActivitySet([.. activities.Select(a => a.Activity)], DirectLineConversations.Watermark(last)));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpRequest request, string conversationId, DirectLineAuth auth, DirectLineConversations conversations, DirectLineTurns turns,
        ClientActivityIds received, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
    {
        var caller = auth.Authorize(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        Activity? activity;
        try
        {
            activity = await ReadAsync<Activity>(request);
        }
        catch (JsonException exception)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", $"The body is not a JSON activity: {exception.Message}");
        }

        return await AcceptAsync(activity, caller, conversationId, conversations, turns, received, options.Value, request.HttpContext.RequestAborted);
    }

    private static async Task<IResult> UploadAsync(
        HttpRequest request, string conversationId, string? userId, DirectLineAuth auth, DirectLineConversations conversations, DirectLineTurns turns,
        ClientActivityIds received, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
    {
        var caller = auth.Authorize(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        // An upload carries files: its body may exceed the host's limit for other requests, by the files' limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize += options.Value.MaxUploadBytes;
        }

        if (!request.HasFormContentType)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "Upload expects multipart/form-data with an 'activity' part and 'file' parts.");
        }

        var upload = await UploadedActivity.ReadAsync(request, options.Value.MaxUploadBytes);
        if (upload.Error is not null)
        {
            return upload.Error;
        }

        upload.Activity!.From ??= new ChannelAccount(userId);
        return await AcceptAsync(upload.Activity, caller, conversationId, conversations, turns, received, options.Value, request.HttpContext.RequestAborted);
    }

    private static async Task<IResult> AcceptAsync(
        Activity? activity, DirectLineCaller caller, string conversationId, DirectLineConversations conversations, DirectLineTurns turns,
        ClientActivityIds received, DirectLineOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity?.Type))
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity needs a 'type', e.g. \"message\".");
        }

        if (activity.Text?.Length > options.MaxMessageCharacters)
        {
            return DirectLineResults.Error(
                StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The message is {activity.Text.Length} characters long; send at most {options.MaxMessageCharacters}.");
        }

        activity.From = new ChannelAccount(caller.Token?.UserId ?? activity.From?.Id ?? "user", activity.From?.Name, RoleTypes.User);
        activity.Recipient = DirectLineTurns.BotAccount;
        if (activity.Type == ActivityTypes.Typing)
        {
            return DirectLineResults.Json(new ResourceResponse(Guid.NewGuid().ToString("N")));
        }

        var clientActivityId = ClientActivityIds.Of(activity);
        if (clientActivityId is not null && !received.TryReceive(conversationId, clientActivityId, out var firstId))
        {
            return DirectLineResults.Error(StatusCodes.Status409Conflict, "BadArgument",
                $"The activity '{clientActivityId}' was already received{(firstId is null ? string.Empty : $" as '{firstId}'")}; it is not taken twice.");
        }

        TranscriptEntry? stored = null;
        try
        {
            stored = await conversations.AppendAsync(conversationId, activity, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            // The person sees it on the open stream; the client's retry of a 503 sends the message again.
            conversations.PushTransient(conversationId, DirectLineTurns.CannotSaveNow(activity.Locale));
            throw;
        }
        finally
        {
            if (clientActivityId is not null)
            {
                if (stored is null)
                {
                    received.Forget(conversationId, clientActivityId);
                }
                else
                {
                    received.Stored(conversationId, clientActivityId, stored.Activity.Id!);
                }
            }
        }

        if (stored is null)
        {
            return DirectLineResults.ConversationNotFound(conversationId);
        }

        _ = turns.Enqueue(conversationId, stored.Activity);
        return DirectLineResults.Json(new ResourceResponse(stored.Activity.Id));
    }

    private static async Task StreamAsync(HttpContext context, string conversationId, string? t, string? watermark, DirectLineAuth auth, DirectLineConversations conversations)
    {
        var caller = auth.Authenticate(t, out var failure);
        if (caller is not null && !caller.MayUse(conversationId))
        {
            failure = DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenInvalid", "The token is for another conversation.");
        }

        if (failure is not null || !context.WebSockets.IsWebSocketRequest)
        {
            await (failure ?? DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket; connect with ws:// or wss://.")).ExecuteAsync(context);
            return;
        }

        var stream = await conversations.AttachStreamAsync(conversationId, DirectLineConversations.ParseWatermark(watermark), context.RequestAborted);
        if (stream is null)
        {
            await DirectLineResults.ConversationNotFound(conversationId).ExecuteAsync(context);
            return;
        }

        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await stream.RunAsync(socket, context.RequestAborted);
        }
        finally
        {
            conversations.DetachStream(conversationId, stream);
        }
    }

    /// <summary>A conversation can be read unless it is unknown, or ended and already read to its end.</summary>
    private static bool IsReadable(TranscriptInfo? transcript, long watermark) =>
        transcript is not null && !(transcript.Ended && watermark >= transcript.LastSequence);

    private static string StreamUrl(HttpRequest request, string conversationId, string token, long watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?t={Uri.EscapeDataString(token)}&watermark={DirectLineConversations.Watermark(watermark)}";
    }

    private static int ExpiresIn(DirectLineTokens tokens) => (int)tokens.Lifetime.TotalSeconds;

    private static async Task<(ConversationStartRequest? Body, IResult? Invalid)> ReadStartRequestAsync(HttpRequest request)
    {
        try
        {
            return (await ReadAsync<ConversationStartRequest>(request), null);
        }
        catch (JsonException exception)
        {
            return (null, DirectLineResults.Error(StatusCodes.Status400BadRequest, "BadArgument", $"The body should be {{\"user\":{{\"id\":…}},\"locale\":…}} or empty: {exception.Message}"));
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        return string.IsNullOrWhiteSpace(json) ? null : BotJson.Deserialize<T>(json);
    }
}
