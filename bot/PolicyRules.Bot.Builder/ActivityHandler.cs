using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder;

/// <summary>
/// A bot that dispatches each turn on <see cref="Activity.Type"/> to a typed virtual method.
/// Override the methods for the activities you handle; the rest do nothing.
/// </summary>
public class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity is null)
        {
            throw new ArgumentException("The turn context has no activity.", nameof(turnContext));
        }

        if (string.IsNullOrEmpty(turnContext.Activity.Type))
        {
            throw new ArgumentException("The incoming activity has no type.", nameof(turnContext));
        }

        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(new DelegatingTurnContext<IMessageActivity>(turnContext), cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(new DelegatingTurnContext<IConversationUpdateActivity>(turnContext), cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(new DelegatingTurnContext<IEventActivity>(turnContext), cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(new DelegatingTurnContext<IEndOfConversationActivity>(turnContext), cancellationToken),
            ActivityTypes.Typing => OnTypingActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Calls <see cref="OnMembersAddedAsync"/> and <see cref="OnMembersRemovedAsync"/> with the members other than the bot itself
    /// (the activity's recipient); neither is called when only the bot joined or left.
    /// </summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        var added = OtherThanBot(turnContext.Activity.MembersAdded, botId);
        if (added.Count > 0)
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        var removed = OtherThanBot(turnContext.Activity.MembersRemoved, botId);
        if (removed.Count > 0)
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Called for <c>invoke</c>, <c>trace</c>, <c>handoff</c> and any type this handler does not dispatch.</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private static List<ChannelAccount> OtherThanBot(IList<ChannelAccount>? members, string? botId) =>
        members?.Where(m => !string.Equals(m.Id, botId, StringComparison.Ordinal)).ToList() ?? [];
}
