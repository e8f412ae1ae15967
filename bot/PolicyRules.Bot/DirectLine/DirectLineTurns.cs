using System.Collections.Concurrent;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Channels;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// Runs the bot for Direct Line activities in the background, one turn at a time per conversation and in arrival order,
/// so that posting returns the activity id at once and replies reach the client over the transcript.
/// </summary>
internal sealed class DirectLineTurns(HostedBotAdapter adapter, DirectLineConversations conversations, ILogger<DirectLineTurns> logger)
{
    public static readonly ChannelAccount BotAccount = new("policyrules-bot", "PolicyRules", RoleTypes.Bot);

    private readonly ConcurrentDictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Queues a turn for <paramref name="incoming"/> (already in the transcript unless <paramref name="inTranscript"/> is false).</summary>
    public Task Enqueue(string conversationId, Activity incoming, bool inTranscript = true)
    {
        var activity = ForBot(incoming);
        lock (_lock)
        {
            // The turn starts on the thread pool once the previous one has finished: never inline, inside this lock.
            var previous = _tails.GetValueOrDefault(conversationId) ?? Task.CompletedTask;
            var turn = previous
                .ContinueWith(_ => RunAsync(conversationId, activity, inTranscript), CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default)
                .Unwrap();
            _tails[conversationId] = turn;
            _ = turn.ContinueWith(_ => Forget(conversationId, turn), TaskScheduler.Default);
            return turn;
        }
    }

    /// <summary>Drops the finished last turn of a conversation, so that idle conversations hold no memory.</summary>
    private void Forget(string conversationId, Task turn)
    {
        lock (_lock)
        {
            if (_tails.TryGetValue(conversationId, out var tail) && tail == turn)
            {
                _tails.TryRemove(conversationId, out _);
            }
        }
    }

    /// <summary>
    /// Runs the turn of the conversation's last message again when the process stopped (e.g. was killed) after storing
    /// it but before the bot finished answering: the message is the last activity and no turn is queued for it. The
    /// turn ledger skips it if it had in fact completed.
    /// </summary>
    public void ResumeInterrupted(TranscriptInfo transcript)
    {
        var last = transcript.Last;
        if (last is { Type: ActivityTypes.Message, From.Role: RoleTypes.User } && !transcript.Ended && !_tails.ContainsKey(transcript.ConversationId))
        {
            Enqueue(transcript.ConversationId, last);
        }
    }

    /// <summary>Completes when every turn queued so far for the conversation has run.</summary>
    public Task WhenIdleAsync(string conversationId) => _tails.GetValueOrDefault(conversationId) ?? Task.CompletedTask;

    /// <summary>Tells the bot that the user joined, so that it greets them (clients never see this activity).</summary>
    public Task StartAsync(string conversationId, string userId, string? locale) =>
        Enqueue(conversationId, new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = DirectLineConversations.ChannelId,
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount(userId, role: RoleTypes.User),
            MembersAdded = [new ChannelAccount(userId, role: RoleTypes.User)],
            Locale = locale,
        }, inTranscript: false);

    private async Task RunAsync(string conversationId, Activity incoming, bool inTranscript)
    {
        try
        {
            var replies = new TranscriptReplies(conversations, conversationId, inTranscript ? incoming.Id : null);
            await adapter.ProcessActivityAsync(incoming, replies, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageUnavailableException exception)
        {
            // Even the apology could not be stored: the person hears it over the open stream, and sends the answer again.
            logger.LogWarning("Direct Line turn in conversation {ConversationId} could not be saved: {Reason}", conversationId, exception.Message);
            conversations.PushTransient(conversationId, CannotSaveNow(incoming.Locale));
        }
        catch (Exception exception)
        {
            logger.LogError("Direct Line turn failed in conversation {ConversationId}: {ExceptionType}", conversationId, exception.GetType().FullName);
        }
    }

    /// <summary>The host's own word that an answer could not be saved: pushed to the stream, not stored.</summary>
    public static Activity CannotSaveNow(string? locale)
    {
        var message = MessageFactory.Text(HostTexts.CannotSaveNow(locale));
        message.From = BotAccount;
        message.Locale = locale;
        return message;
    }

    /// <summary>The bot's copy of a stored activity: addressed to the bot, with the channel's service URL.</summary>
    private static Activity ForBot(Activity stored)
    {
        var copy = BotJsonCopy(stored);
        copy.Recipient = BotAccount;
        copy.ServiceUrl = "urn:policyrules:directline";
        return copy;
    }

    private static Activity BotJsonCopy(Activity activity) =>
        BotJson.Deserialize<Activity>(BotJson.Serialize(activity)) ?? throw new InvalidOperationException("An activity did not survive a JSON round trip.");
}
