using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// The Direct Line conversations: each transcript is kept in the <see cref="ITranscriptStore"/> (so a restarted process
/// carries on), one activity at a time, and delivered to the conversation's WebSocket when one is open here. When the
/// store is shared by several instances (<see cref="ITranscriptFeed"/>), activities appended by another instance are
/// delivered too, so a client's requests may go to any instance.
/// </summary>
internal sealed class DirectLineConversations : IDisposable
{
    public const string ChannelId = "directline";

    private readonly ITranscriptStore _transcripts;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, DirectLineStream> _streams = new(StringComparer.Ordinal);
    private readonly IDisposable? _feed;

    public DirectLineConversations(ITranscriptStore transcripts, TimeProvider time)
    {
        _transcripts = transcripts;
        _time = time;
        _feed = (transcripts as ITranscriptFeed)?.Subscribe(OnAppendedElsewhere, OnFeedInterrupted);
    }

    public static string NewConversationId() => Base64Url.Encode(RandomNumberGenerator.GetBytes(16));

    public Task<TranscriptInfo?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        _transcripts.FindTranscriptAsync(conversationId, cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/>.</summary>
    public Task<IReadOnlyList<TranscriptEntry>> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        _transcripts.ReadActivitiesAsync(conversationId, watermark, cancellationToken);

    /// <summary>Creates the conversation; false when it already exists.</summary>
    public Task<bool> CreateAsync(string conversationId, string? locale, CancellationToken cancellationToken) =>
        _transcripts.CreateTranscriptAsync(conversationId, locale, cancellationToken);

    /// <summary>
    /// Stamps <paramref name="activity"/> as the channel does (id, timestamp, conversation), stores it and pushes it to the
    /// open stream. Returns null when the conversation does not exist or has ended.
    /// </summary>
    public async Task<TranscriptEntry?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var sequence = await _transcripts.AppendActivityAsync(conversationId, number => Stamp(activity, conversationId, number), cancellationToken)
            .ConfigureAwait(false);
        if (sequence is null)
        {
            return null;
        }

        var entry = new TranscriptEntry(sequence.Value, activity);
        if (_streams.TryGetValue(conversationId, out var stream))
        {
            stream.Push([entry]);
        }

        return entry;
    }

    /// <summary>Pushes an activity that is not kept (typing) to the open stream only, as Direct Line does.</summary>
    public void PushTransient(string conversationId, Activity activity)
    {
        Stamp(activity, conversationId, sequence: null);
        if (_streams.TryGetValue(conversationId, out var stream))
        {
            stream.PushTransient(activity);
        }
    }

    /// <summary>
    /// Ends the conversation and erases its activities before <paramref name="keepFromSequence"/>: what the person said is
    /// gone, while the bot's last words (the confirmation) can still be read once.
    /// </summary>
    public Task EndAsync(string conversationId, long keepFromSequence, CancellationToken cancellationToken) =>
        _transcripts.EndTranscriptAsync(conversationId, keepFromSequence, cancellationToken);

    /// <summary>
    /// Opens a stream for the conversation: first the activities after <paramref name="watermark"/>, then each new one.
    /// An older stream of the same conversation is closed ("collision"): one socket per conversation. Null when the
    /// conversation does not exist.
    /// </summary>
    public async Task<DirectLineStream?> AttachStreamAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        if (await FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var stream = new DirectLineStream(watermark, (after, token) => ReadAsync(conversationId, after, token));
        _streams.AddOrUpdate(conversationId, stream, (_, previous) =>
        {
            previous.Close("collision");
            return stream;
        });

        // Whatever was appended before the stream was registered is read from the transcript.
        stream.CatchUp();
        return stream;
    }

    public void DetachStream(string conversationId, DirectLineStream stream) =>
        _streams.TryRemove(new KeyValuePair<string, DirectLineStream>(conversationId, stream));

    public void Dispose() => _feed?.Dispose();

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a client's watermark; anything unreadable means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private void OnAppendedElsewhere(string conversationId, long sequence)
    {
        if (_streams.TryGetValue(conversationId, out var stream))
        {
            stream.CatchUp(sequence);
        }
    }

    private void OnFeedInterrupted()
    {
        foreach (var stream in _streams.Values)
        {
            stream.CatchUp();
        }
    }

    private Activity Stamp(Activity activity, string conversationId, long? sequence)
    {
        activity.Id = sequence is { } number ? $"{conversationId}|{number.ToString("D7", CultureInfo.InvariantCulture)}" : activity.Id ?? Guid.NewGuid().ToString("N");
        activity.Timestamp = _time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.ServiceUrl = null;
        return activity;
    }
}
