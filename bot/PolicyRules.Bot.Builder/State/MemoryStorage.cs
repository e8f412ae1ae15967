using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// Thread-safe in-memory <see cref="IStorage"/> for tests and single-instance hosts.
/// Items are kept as JSON copies, so changing an object after writing it (or after reading it) does not change what is stored.
/// <see cref="ReadAsync"/> returns <see cref="JObject"/> copies (with an <c>eTag</c> field); use
/// <see cref="StorageExtensions.ReadAsync{T}"/> for typed items.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, JObject> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly JsonSerializer _serializer = BotJson.CreateSerializer();
    private long _eTag;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    result[key] = item.DeepClone();
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
                    var storedETag = stored.Value<string>(StorageWrite.ETagField);
                    if (!string.Equals(eTag, storedETag, StringComparison.Ordinal))
                    {
                        throw new StorageConcurrencyException(write.Key, eTag, storedETag);
                    }
                }
            }

            foreach (var write in writes)
            {
                write.Stamp((++_eTag).ToString(CultureInfo.InvariantCulture));
                _items[write.Key] = write.Json;
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
}
