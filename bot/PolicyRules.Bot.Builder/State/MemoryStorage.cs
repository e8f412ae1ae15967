using System.Collections.Concurrent;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// Thread-safe in-memory <see cref="IStorage"/> and <see cref="ITranscriptStore"/> for tests and single-instance hosts.
/// Items and activities are kept as JSON text, so changing an object after writing it (or after reading it) does not
/// change what is stored. <see cref="ReadAsync"/> returns <see cref="JObject"/> copies (with an <c>eTag</c> field); use
/// <see cref="StorageExtensions.ReadAsync{T}"/> for typed items. The time of each write is kept for
/// <see cref="DeleteOlderThanAsync"/>.
/// </summary>
/// <remarks>
/// Reads take no lock. A write batch locks only the stripes its keys hash to (in a fixed order, so two batches never wait
/// for each other in a cycle), and an append locks only its conversation's transcript, so turns of different
/// conversations do not queue behind one another.
/// </remarks>
public sealed class MemoryStorage : IExpiringStorage, ITranscriptStore
{
    private const int StripeCount = 64;

    private readonly ConcurrentDictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MemoryTranscript> _transcripts = new(StringComparer.Ordinal);
    private readonly Lock[] _stripes = [.. Enumerable.Range(0, StripeCount).Select(_ => new Lock())];
    private readonly JsonSerializer _serializer = BotJson.CreateSerializer();
    private readonly TimeProvider _timeProvider;
    private long _eTag;

    /// <summary>Creates empty storage.</summary>
    /// <param name="timeProvider">The clock for the time of each write; <see cref="TimeProvider.System"/> if null.</param>
    public MemoryStorage(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var entry))
            {
                result[key] = StorageWrite.ParseStored(entry.Json);
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var writes = StorageWrite.FromChanges(changes, _serializer);
        var stripes = writes.Select(write => StripeOf(write.Key)).Distinct().Order().ToArray();
        foreach (var stripe in stripes)
        {
            _stripes[stripe].Enter();
        }

        try
        {
            foreach (var write in writes)
            {
                if (write.ExpectedETag is { } eTag && _items.TryGetValue(write.Key, out var stored) && !string.Equals(eTag, stored.ETag, StringComparison.Ordinal))
                {
                    throw new StorageConcurrencyException(write.Key, eTag, stored.ETag);
                }
            }

            var updatedAt = _timeProvider.GetUtcNow();
            foreach (var write in writes)
            {
                var eTag = Interlocked.Increment(ref _eTag).ToString(CultureInfo.InvariantCulture);
                write.Stamp(eTag);
                _items[write.Key] = new Entry(write.Json.ToString(Formatting.None), eTag, updatedAt);
            }
        }
        finally
        {
            foreach (var stripe in stripes)
            {
                _stripes[stripe].Exit();
            }
        }

        foreach (var write in writes)
        {
            write.Complete();
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var key in keys)
        {
            lock (_stripes[StripeOf(key)])
            {
                _items.TryRemove(key, out _);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>Transcripts not appended to since <paramref name="cutoff"/> go too, and count as one item each.</remarks>
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var deleted = 0;
        foreach (var (key, entry) in _items)
        {
            // Removed only if unchanged since it was seen idle: a write in between keeps it.
            if (entry.UpdatedAt < cutoff && _items.TryRemove(new KeyValuePair<string, Entry>(key, entry)))
            {
                deleted++;
            }
        }

        foreach (var (conversationId, transcript) in _transcripts)
        {
            lock (transcript.Gate)
            {
                if (transcript.UpdatedAt < cutoff && _transcripts.TryRemove(new KeyValuePair<string, MemoryTranscript>(conversationId, transcript)))
                {
                    transcript.Deleted = true;
                    deleted++;
                }
            }
        }

        return Task.FromResult(deleted);
    }

    public Task<bool> CreateTranscriptAsync(string conversationId, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_transcripts.TryAdd(conversationId, new MemoryTranscript(locale, _timeProvider.GetUtcNow())));
    }

    public Task<TranscriptInfo?> FindTranscriptAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_transcripts.TryGetValue(conversationId, out var transcript))
        {
            return Task.FromResult<TranscriptInfo?>(null);
        }

        lock (transcript.Gate)
        {
            var last = transcript.Activities.Count == 0 ? null : BotJson.Deserialize<Activity>(transcript.Activities[^1]);
            return Task.FromResult<TranscriptInfo?>(
                new TranscriptInfo(conversationId, transcript.Locale, transcript.Ended, transcript.Erased, transcript.LastSequence, last));
        }
    }

    public Task<long?> AppendActivityAsync(string conversationId, Func<long, Activity> stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(stamp);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_transcripts.TryGetValue(conversationId, out var transcript))
        {
            return Task.FromResult<long?>(null);
        }

        lock (transcript.Gate)
        {
            if (transcript.Ended || transcript.Deleted)
            {
                return Task.FromResult<long?>(null);
            }

            var sequence = transcript.LastSequence + 1;
            transcript.Activities.Add(BotJson.Serialize(stamp(sequence)));
            transcript.UpdatedAt = _timeProvider.GetUtcNow();
            return Task.FromResult<long?>(sequence);
        }
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadActivitiesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        if (!_transcripts.TryGetValue(conversationId, out var transcript))
        {
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);
        }

        lock (transcript.Gate)
        {
            var skip = (int)Math.Clamp(afterSequence - transcript.Erased, 0, transcript.Activities.Count);
            var entries = transcript.Activities
                .Skip(skip)
                .Select((json, i) => new TranscriptEntry(transcript.Erased + skip + i + 1, BotJson.Deserialize<Activity>(json)!))
                .ToArray();
            return Task.FromResult<IReadOnlyList<TranscriptEntry>>(entries);
        }
    }

    public Task EndTranscriptAsync(string conversationId, long keepFromSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        if (_transcripts.TryGetValue(conversationId, out var transcript))
        {
            lock (transcript.Gate)
            {
                var count = (int)Math.Clamp(keepFromSequence - 1 - transcript.Erased, 0, transcript.Activities.Count);
                transcript.Activities.RemoveRange(0, count);
                transcript.Erased += count;
                transcript.Ended = true;
                transcript.UpdatedAt = _timeProvider.GetUtcNow();
            }
        }

        return Task.CompletedTask;
    }

    private static int StripeOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % StripeCount);

    /// <summary>A stored item, its ETag and the time it was last written.</summary>
    private sealed record Entry(string Json, string ETag, DateTimeOffset UpdatedAt);

    /// <summary>One conversation's transcript, changed only under its <see cref="Gate"/>.</summary>
    private sealed class MemoryTranscript(string? locale, DateTimeOffset createdAt)
    {
        public Lock Gate { get; } = new();

        public string? Locale { get; } = locale;

        public List<string> Activities { get; } = [];

        public long Erased { get; set; }

        public bool Ended { get; set; }

        /// <summary>Expired while an append waited for the gate: the append must not land in a transcript no one can find.</summary>
        public bool Deleted { get; set; }

        public DateTimeOffset UpdatedAt { get; set; } = createdAt;

        public long LastSequence => Erased + Activities.Count;
    }
}
