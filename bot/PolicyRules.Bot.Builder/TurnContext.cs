using PolicyRules.Bot.Builder.Schema;
using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Builder;

/// <summary>
/// The context of one turn. Replies are addressed from the incoming activity (bot as sender, user as recipient,
/// <c>replyToId</c> = incoming id). When the incoming activity asks for <c>deliveryMode: expectReplies</c>,
/// replies are kept in <see cref="BufferedReplyActivities"/> instead of being sent through the adapter.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    private int _responded;

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(activity);
        Adapter = adapter;
        Activity = activity;
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = [];

    public Activity Activity { get; }

    public bool Responded => Volatile.Read(ref _responded) == 1;

    /// <summary>Replies held back for an <c>expectReplies</c> request, in the order they were sent.</summary>
    public IList<Activity> BufferedReplyActivities { get; } = [];

    public Task<ResourceResponse?> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(textReplyToSend);
        return SendActivityAsync(MessageFactory.Text(textReplyToSend, speak, inputHint), cancellationToken);
    }

    public async Task<ResourceResponse?> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : null;
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Length == 0)
        {
            return [];
        }

        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a => ToActivity(a).ApplyConversationReference(reference)).ToArray();
        foreach (var activity in outgoing)
        {
            activity.Type ??= ActivityTypes.Message;
        }

        ResourceResponse[] responses;
        if (string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            responses = new ResourceResponse[outgoing.Length];
            for (var i = 0; i < outgoing.Length; i++)
            {
                BufferedReplyActivities.Add(outgoing[i]);
                responses[i] = new ResourceResponse(outgoing[i].Id ?? string.Empty);
            }
        }
        else
        {
            responses = await Adapter.SendActivitiesAsync(this, outgoing, cancellationToken).ConfigureAwait(false);
        }

        if (outgoing.Any(a => !string.Equals(a.Type, ActivityTypes.Trace, StringComparison.Ordinal)))
        {
            Interlocked.Exchange(ref _responded, 1);
        }

        return responses;
    }

    private static Activity ToActivity(IActivity activity) =>
        activity as Activity
        ?? JObject.FromObject(activity, BotJson.CreateSerializer()).ToObject<Activity>(BotJson.CreateSerializer())
        ?? throw new ArgumentException("The activity could not be converted.", nameof(activity));
}
