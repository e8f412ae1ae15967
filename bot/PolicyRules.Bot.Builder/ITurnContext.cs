using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder;

/// <summary>Everything a bot knows and can do during one turn.</summary>
public interface ITurnContext
{
    /// <summary>The adapter that received the activity.</summary>
    BotAdapter Adapter { get; }

    /// <summary>Per-turn services and cached state (e.g. loaded <c>BotState</c>).</summary>
    TurnContextStateCollection TurnState { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>True once the bot has sent a non-trace activity in this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends a text message; by default the user may keep typing (<c>acceptingInput</c>).</summary>
    Task<ResourceResponse?> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    /// <summary>Sends one activity, addressed as a reply to the incoming one unless it is already addressed.</summary>
    Task<ResourceResponse?> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends several activities in order.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default);
}
