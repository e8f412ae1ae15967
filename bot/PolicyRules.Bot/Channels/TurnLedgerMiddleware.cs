using PolicyRules.Bot.Builder;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Channels;

/// <summary>
/// Remembers in the conversation's state the id of the last activity whose turn ran to the end. It is saved in the same
/// write as the bot's own state, so a turn run again — after a crash, or queued twice — is skipped when it already
/// completed, and runs when it did not.
/// </summary>
internal sealed class TurnLedgerMiddleware(ConversationState conversationState) : Builder.IMiddleware
{
    private readonly IStatePropertyAccessor<string> _lastCompleted = conversationState.CreateProperty<string>("LastCompletedActivityId");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var id = turnContext.Activity.Id;
        if (id is not null && await _lastCompleted.GetAsync(turnContext, cancellationToken: cancellationToken) == id)
        {
            return;
        }

        await next(cancellationToken);
        if (id is not null)
        {
            await _lastCompleted.SetAsync(turnContext, id, cancellationToken);
        }
    }
}
