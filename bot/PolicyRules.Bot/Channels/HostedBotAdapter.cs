using PolicyRules.Bot.Builder;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Channels;

/// <summary>
/// Runs the bot for activities arriving over HTTP: state is loaded and saved once per turn, replies go to the turn's
/// <see cref="IReplyChannel"/>, and a failing turn is logged (without the person's words) and answered with an apology
/// instead of a stack trace.
/// </summary>
internal sealed class HostedBotAdapter : BotAdapter
{
    private readonly IBot _bot;

    public HostedBotAdapter(IBot bot, ConversationState conversationState, ILogger<HostedBotAdapter> logger)
    {
        _bot = bot;
        Use(new AutoSaveStateMiddleware(conversationState));
        Use(new TurnLedgerMiddleware(conversationState));
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is StorageUnavailableException)
            {
                // Not a fault of the turn: the store is down, and the person is asked to send the answer again later.
                logger.LogWarning("Turn in conversation {ConversationId} could not be saved: {Reason}", turnContext.Activity.Conversation?.Id, exception.Message);
                await turnContext.SendActivityAsync(MessageFactory.Text(HostTexts.CannotSaveNow(turnContext.Activity.Locale))).ConfigureAwait(false);
                return;
            }

            logger.LogError(
                "Turn failed in conversation {ConversationId} on a {ActivityType} activity: {ExceptionType}{NewLine}{StackTrace}",
                turnContext.Activity.Conversation?.Id, turnContext.Activity.Type, exception.GetType().FullName, Environment.NewLine, exception.StackTrace);
            await turnContext.SendActivityAsync(MessageFactory.Text(HostTexts.TurnFailed(turnContext.Activity.Locale))).ConfigureAwait(false);
        };
    }

    /// <summary>Runs one turn; returns the replies the bot held back for an <c>expectReplies</c> request.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessActivityAsync(Activity activity, IReplyChannel replies, CancellationToken cancellationToken)
    {
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(replies);
        await RunPipelineAsync(turnContext, _bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return [.. turnContext.BufferedReplyActivities];
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var replies = turnContext.TurnState.Get<IReplyChannel>()
            ?? throw new InvalidOperationException("A hosted turn needs an IReplyChannel in its turn state.");
        return replies.SendAsync(activities, cancellationToken);
    }
}
