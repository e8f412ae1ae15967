namespace PolicyRules.Bot.Builder.State;

/// <summary>Saves the given states once at the end of every turn (only those that changed are written).</summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
    private readonly List<BotState> _states;

    public AutoSaveStateMiddleware(params BotState[] botStates)
    {
        ArgumentNullException.ThrowIfNull(botStates);
        _states = [.. botStates];
    }

    /// <summary>Adds a state to save.</summary>
    public AutoSaveStateMiddleware Add(BotState botState)
    {
        ArgumentNullException.ThrowIfNull(botState);
        _states.Add(botState);
        return this;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken).ConfigureAwait(false);
        foreach (var state in _states)
        {
            await state.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
