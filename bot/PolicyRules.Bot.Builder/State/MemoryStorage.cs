using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// Thread-safe in-memory <see cref="IStorage"/> for tests and single-instance hosts.
/// Items are kept as JSON copies, so changing an object after writing it (or after reading it) does not change what is stored.
/// <see cref="ReadAsync"/> returns <see cref="JObject"/> copies (with an <c>eTag</c> field); use
/// <see cref="StorageExtensions.ReadAsync{T}"/> for typed items. The time of each write is kept for
/// <see cref="DeleteOlderThanAsync"/>.
/// </summary>
public sealed class MemoryStorage : IExpiringStorage
{
    private readonly Dictionary<string, Entry> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
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
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var entry))
                {
                    result[key] = entry.Json.DeepClone();
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var writes = StorageWrite.FromChanges(changes, _serializer);
        lock (_lock)
        {
            foreach (var write in writes)
            {
                if (write.ExpectedETag is { } eTag && _items.TryGetValue(write.Key, out var stored))
                {
                    var storedETag = stored.Json.Value<string>(StorageWrite.ETagField);
                    if (!string.Equals(eTag, storedETag, StringComparison.Ordinal))
                    {
                        throw new StorageConcurrencyException(write.Key, eTag, storedETag);
                    }
                }
            }

            var updatedAt = _timeProvider.GetUtcNow();
            foreach (var write in writes)
            {
                write.Stamp((++_eTag).ToString(CultureInfo.InvariantCulture));
                _items[write.Key] = new Entry(write.Json, updatedAt);
                write.Complete();
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var idle = _items.Where(item => item.Value.UpdatedAt < cutoff).Select(item => item.Key).ToList();
            foreach (var key in idle)
            {
                _items.Remove(key);
            }

            return Task.FromResult(idle.Count);
        }
    }

    /// <summary>A stored item and the time it was last written.</summary>
    private readonly record struct Entry(JObject Json, DateTimeOffset UpdatedAt);
}
