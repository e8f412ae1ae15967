namespace PolicyRules.Bot.Builder;

/// <summary>A bot: one entry point per turn.</summary>
public interface IBot
{
    /// <summary>Handles one incoming activity.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
