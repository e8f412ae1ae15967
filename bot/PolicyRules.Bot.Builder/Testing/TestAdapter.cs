using System.Globalization;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.Testing;

/// <summary>
/// An in-memory channel for tests: incoming activities are addressed to one conversation and stamped with ids and
/// timestamps from a <see cref="TimeProvider"/>; the bot's replies are collected in a queue.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Queue<Activity> _replies = new();
    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider;
    private long _nextId;

    public TestAdapter(string channelId = "test", TimeProvider? timeProvider = null)
        : this(CreateConversation(channelId), timeProvider)
    {
    }

    public TestAdapter(ConversationReference conversation, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Conversation = conversation;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The channel, conversation, user and bot every incoming activity is addressed with.</summary>
    public ConversationReference Conversation { get; }

    /// <summary>Replies not yet taken with <see cref="GetNextReply"/>.</summary>
    public int PendingReplyCount
    {
        get
        {
            lock (_lock)
            {
                return _replies.Count;
            }
        }
    }

    /// <summary>The default conversation: channel <paramref name="channelId"/>, user <c>user1</c>, bot <c>bot</c>.</summary>
    public static ConversationReference CreateConversation(string channelId = "test", string userName = "User1", string botName = "Bot") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.com",
        User = new ChannelAccount("user1", userName, RoleTypes.User),
        Bot = new ChannelAccount("bot", botName, RoleTypes.Bot),
        Conversation = new ConversationAccount(false, "personal", "convo1", "Conversation1"),
        Locale = "en-US",
    };

    /// <summary>Adds middleware; returns this adapter so that calls chain.</summary>
    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>A message from the test user.</summary>
    public Activity MakeActivity(string? text = null) =>
        new Activity(ActivityTypes.Message) { Text = text }.ApplyConversationReference(Conversation, isIncoming: true);

    /// <summary>Runs one turn for a text message from the test user.</summary>
    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>
    /// Runs one turn: fills in the conversation, user and bot where missing, assigns an id and the current time,
    /// then runs middleware and <paramref name="callback"/>.
    /// </summary>
    public async Task ProcessActivityAsync(IActivity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var incoming = activity as Activity ?? throw new ArgumentException("TestAdapter needs an Activity instance.", nameof(activity));
        incoming.Type ??= ActivityTypes.Message;
        incoming.ChannelId ??= Conversation.ChannelId;
        incoming.ServiceUrl ??= Conversation.ServiceUrl;
        incoming.Conversation ??= Conversation.Conversation;
        incoming.From ??= Conversation.User;
        incoming.Recipient ??= Conversation.Bot;
        incoming.Locale ??= Conversation.Locale;
        incoming.Id ??= NextId();
        incoming.Timestamp ??= _timeProvider.GetUtcNow();
        incoming.LocalTimestamp ??= _timeProvider.GetLocalNow();

        var turnContext = new TurnContext(this, incoming);
        await RunPipelineAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        lock (_lock)
        {
            for (var i = 0; i < activities.Length; i++)
            {
                var activity = activities[i];
                activity.Id ??= NextId();
                activity.Timestamp ??= _timeProvider.GetUtcNow();
                _replies.Enqueue(activity);
                responses[i] = new ResourceResponse(activity.Id);
            }
        }

        return Task.FromResult(responses);
    }

    /// <summary>Takes the oldest reply not yet taken, or null when there is none.</summary>
    public Activity? GetNextReply()
    {
        lock (_lock)
        {
            return _replies.TryDequeue(out var reply) ? reply : null;
        }
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
