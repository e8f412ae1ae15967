namespace PolicyRules.Bot.Builder;

/// <summary>
/// A step in the adapter's pipeline. Call <c>next</c> to run the rest of the pipeline and the bot;
/// do not call it to short-circuit the turn.
/// </summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
