using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder;

/// <summary>Connects a bot to a channel: runs incoming activities through middleware and sends replies.</summary>
public abstract class BotAdapter
{
    /// <summary>The middleware run on every turn, in the order added.</summary>
    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called when middleware or the bot throws; when unset, the exception propagates.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    /// <summary>Adds middleware to the pipeline.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    /// <summary>Delivers activities to the channel and returns the ids it assigned.</summary>
    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    /// <summary>Runs the middleware pipeline and then <paramref name="callback"/> for one turn.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (OnTurnError is not null)
        {
            await OnTurnError(turnContext, exception).ConfigureAwait(false);
        }
    }
}
