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
    private const string ETagField = "eTag";

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
        var copies = changes.Select(change => (change.Key, Item: change.Value, Json: ToJson(change.Key, change.Value))).ToList();
        lock (_lock)
        {
            foreach (var (key, item, json) in copies)
            {
                var eTag = GetETag(item, json);
                if (eTag is not null && eTag != "*" && _items.TryGetValue(key, out var stored))
                {
                    var storedETag = stored.Value<string>(ETagField);
                    if (!string.Equals(eTag, storedETag, StringComparison.Ordinal))
                    {
                        throw new StorageConcurrencyException(key, eTag, storedETag);
                    }
                }
            }

            foreach (var (key, item, json) in copies)
            {
                var newETag = (++_eTag).ToString(CultureInfo.InvariantCulture);
                json[ETagField] = newETag;
                _items[key] = json;
                SetETag(item, newETag);
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

    private static string? GetETag(object item, JObject json) =>
        item is IStoreItem storeItem ? storeItem.ETag : json.Value<string>(ETagField);

    private static void SetETag(object item, string eTag)
    {
        switch (item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = eTag;
                break;
            case JObject jObject:
                jObject[ETagField] = eTag;
                break;
        }
    }

    private JObject ToJson(string key, object item)
    {
        ArgumentNullException.ThrowIfNull(key);
        var token = item is JToken jToken ? jToken.DeepClone() : JToken.FromObject(item ?? throw new ArgumentException($"The item for storage key '{key}' is null.", nameof(item)), _serializer);
        if (token is not JObject json)
        {
            throw new ArgumentException($"The item for storage key '{key}' must serialise to a JSON object, not {token.Type}.", nameof(item));
        }

        if (item is IStoreItem)
        {
            // The ETag property's own name may differ; keep exactly one canonical field.
            json.Remove("ETag");
        }

        return json;
    }
}
