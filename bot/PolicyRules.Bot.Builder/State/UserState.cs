namespace PolicyRules.Bot.Builder.State;

/// <summary>State that follows a user across conversations on one channel, keyed <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = turnContext.Activity.ChannelId
            ?? throw new InvalidOperationException("UserState needs activity.channelId.");
        var userId = turnContext.Activity.From?.Id
            ?? throw new InvalidOperationException("UserState needs activity.from.id.");
        return $"{channelId}/users/{userId}";
    }
}
