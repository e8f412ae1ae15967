using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations: each transcript is kept in <see cref="IStorage"/> (so a restarted process carries on),
/// changed under a per-conversation lock, and pushed to the conversation's WebSocket when one is open.
/// </summary>
internal sealed class DirectLineConversations(IStorage storage, TimeProvider time)
{
    public const string ChannelId = "directline";

    // Striped rather than one lock per conversation, so that memory stays bounded however many conversations come and go.
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly ConcurrentDictionary<string, DirectLineStream> _streams = new(StringComparer.Ordinal);

    public static string NewConversationId() => Base64Url.Encode(RandomNumberGenerator.GetBytes(16));

    public async Task<Transcript?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync<Transcript>([Transcript.StorageKey(conversationId)], cancellationToken).ConfigureAwait(false);
        return items.Values.FirstOrDefault();
    }

    /// <summary>Creates the conversation; false when it already exists.</summary>
    public Task<bool> CreateAsync(string conversationId, string? locale, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            if (await FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null)
            {
                return false;
            }

            await SaveAsync(new Transcript { ConversationId = conversationId, Locale = locale }, cancellationToken).ConfigureAwait(false);
            return true;
        });

    /// <summary>
    /// Stamps <paramref name="activity"/> as the channel does (id, timestamp, conversation), stores it and pushes it to the
    /// open stream. Returns null when the conversation does not exist or has ended.
    /// </summary>
    public Task<Appended?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            var transcript = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (transcript is null || transcript.Ended)
            {
                return (Appended?)null;
            }

            var sequence = transcript.LastSequence + 1;
            Stamp(activity, conversationId, sequence);
            transcript.Activities.Add(activity);
            await SaveAsync(transcript, cancellationToken).ConfigureAwait(false);
            Push(conversationId, new ActivitySet([activity], Watermark(sequence)));
            return new Appended(activity, sequence);
        });

    /// <summary>Pushes an activity that is not kept (typing) to the open stream only, as Direct Line does.</summary>
    public void PushTransient(string conversationId, Activity activity)
    {
        Stamp(activity, conversationId, sequence: null);
        if (_streams.TryGetValue(conversationId, out var stream))
        {
            stream.Push(new ActivitySet([activity], string.Empty));
        }
    }

    /// <summary>
    /// Ends the conversation and erases its activities before <paramref name="keepFromSequence"/>: what the person said is
    /// gone, while the bot's last words (the confirmation) can still be read once.
    /// </summary>
    public Task EndAsync(string conversationId, long keepFromSequence, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            if (await FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } transcript)
            {
                return true;
            }

            transcript.Ended = true;
            transcript.EraseBefore(keepFromSequence);
            await SaveAsync(transcript, cancellationToken).ConfigureAwait(false);
            return true;
        });

    /// <summary>
    /// Opens <paramref name="stream"/> for the conversation: first the activities after <paramref name="watermark"/>, then
    /// each new one. An older stream of the same conversation is closed ("collision"): one socket per conversation.
    /// </summary>
    public Task<bool> AttachStreamAsync(string conversationId, DirectLineStream stream, long watermark, CancellationToken cancellationToken) =>
        WithLockAsync(conversationId, async () =>
        {
            var transcript = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (transcript is null)
            {
                return false;
            }

            var backlog = transcript.After(watermark);
            if (backlog.Count > 0)
            {
                stream.Push(new ActivitySet(backlog, Watermark(transcript.LastSequence)));
            }

            if (_streams.TryGetValue(conversationId, out var previous))
            {
                previous.Close("collision");
            }

            _streams[conversationId] = stream;
            return true;
        });

    public void DetachStream(string conversationId, DirectLineStream stream) =>
        _streams.TryRemove(new KeyValuePair<string, DirectLineStream>(conversationId, stream));

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a client's watermark; anything unreadable means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private void Stamp(Activity activity, string conversationId, long? sequence)
    {
        activity.Id = sequence is { } number ? $"{conversationId}|{number.ToString("D7", CultureInfo.InvariantCulture)}" : activity.Id ?? Guid.NewGuid().ToString("N");
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.ServiceUrl = null;
    }

    private void Push(string conversationId, ActivitySet set)
    {
        if (_streams.TryGetValue(conversationId, out var stream))
        {
            stream.Push(set);
        }
    }

    private Task SaveAsync(Transcript transcript, CancellationToken cancellationToken) =>
        storage.WriteAsync(new Dictionary<string, object> { [Transcript.StorageKey(transcript.ConversationId)] = transcript }, cancellationToken);

    /// <summary>
    /// Runs a read-change-write of one transcript under the conversation's lock. Another bot instance sharing the store
    /// may have written in between (a stale ETag); then the change is made again on what it wrote.
    /// </summary>
    private async Task<T> WithLockAsync<T>(string conversationId, Func<Task<T>> action)
    {
        const int attempts = 3;
        var gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % (uint)_locks.Length)];
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await action().ConfigureAwait(false);
                }
                catch (StorageConcurrencyException) when (attempt < attempts)
                {
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>An activity as stored, with its sequence number (its watermark).</summary>
internal sealed record Appended(Activity Activity, long Sequence);
