using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// One item of an <see cref="IStorage.WriteAsync"/> batch, copied to the JSON object that is stored. Shared by the
/// <see cref="IStorage"/> implementations so that they agree on how items become JSON and how ETags are read and set.
/// </summary>
public sealed class StorageWrite
{
    /// <summary>The name of the ETag field in stored JSON objects.</summary>
    public const string ETagField = "eTag";

    private readonly object _item;
    private string? _newETag;

    private StorageWrite(string key, object item, JObject json)
    {
        Key = key;
        _item = item;
        Json = json;
        var eTag = item is IStoreItem storeItem ? storeItem.ETag : json.Value<string>(ETagField);
        ExpectedETag = eTag == "*" ? null : eTag;
    }

    /// <summary>The storage key.</summary>
    public string Key { get; }

    /// <summary>A copy of the item as a JSON object; changing the caller's item afterwards does not change it.</summary>
    public JObject Json { get; }

    /// <summary>The ETag the stored item must have for the write to succeed, or null to write unconditionally (no ETag, or <c>"*"</c>).</summary>
    public string? ExpectedETag { get; }

    /// <summary>Copies every change of a batch, in the batch's order.</summary>
    /// <exception cref="ArgumentException">An item is null or does not serialise to a JSON object.</exception>
    public static IReadOnlyList<StorageWrite> FromChanges(IDictionary<string, object> changes, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(serializer);
        return changes.Select(change => Create(change.Key, change.Value, serializer)).ToList();
    }

    /// <summary>A fresh, globally unique ETag.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

    /// <summary>Parses a stored item.</summary>
    /// <exception cref="InvalidDataException">The text is not a JSON object.</exception>
    public static JObject ParseStored(string json) =>
        BotJson.Parse(json) as JObject ?? throw new InvalidDataException("A stored item is not a JSON object.");

    /// <summary>Puts the new ETag into <see cref="Json"/>, before it is stored.</summary>
    public void Stamp(string newETag)
    {
        ArgumentNullException.ThrowIfNull(newETag);
        Json[ETagField] = newETag;
        _newETag = newETag;
    }

    /// <summary>Gives the caller's item the ETag set by <see cref="Stamp"/>; call once the whole batch is stored.</summary>
    public void Complete()
    {
        var eTag = _newETag ?? throw new InvalidOperationException($"The write of storage key '{Key}' has no new ETag yet.");
        switch (_item)
        {
            case IStoreItem storeItem:
                storeItem.ETag = eTag;
                break;
            case JObject jObject:
                jObject[ETagField] = eTag;
                break;
        }
    }

    private static StorageWrite Create(string key, object item, JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(key);
        var token = item is JToken jToken ? jToken.DeepClone() : JToken.FromObject(item ?? throw new ArgumentException($"The item for storage key '{key}' is null.", nameof(item)), serializer);
        if (token is not JObject json)
        {
            throw new ArgumentException($"The item for storage key '{key}' must serialise to a JSON object, not {token.Type}.", nameof(item));
        }

        if (item is IStoreItem)
        {
            // The ETag property's own name may differ; keep exactly one canonical field.
            json.Remove("ETag");
        }

        return new StorageWrite(key, item, json);
    }
}
