namespace PolicyRules.Bot.Builder;

/// <summary>An ordered list of middleware, itself usable as middleware.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        return RunAsync(turnContext, 0, (_, ct) => next(ct), cancellationToken);
    }

    /// <summary>Runs every middleware in order, then <paramref name="callback"/> (if the pipeline was not short-circuited).</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return RunAsync(turnContext, 0, callback, cancellationToken);
    }

    private Task RunAsync(ITurnContext turnContext, int index, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback is null ? Task.CompletedTask : callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(
            turnContext,
            ct => RunAsync(turnContext, index + 1, callback, ct),
            cancellationToken);
    }
}
