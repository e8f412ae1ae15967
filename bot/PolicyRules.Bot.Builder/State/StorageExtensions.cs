using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>Typed reads over any <see cref="IStorage"/>.</summary>
public static class StorageExtensions
{
    /// <summary>Reads the given keys and converts each item to <typeparamref name="T"/>.</summary>
    public static async Task<IDictionary<string, T>> ReadAsync<T>(this IStorage storage, string[] keys, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        var serializer = BotJson.CreateSerializer();
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            var typed = value as T ?? (value is JToken token ? token.ToObject<T>(serializer) : JToken.FromObject(value, serializer).ToObject<T>(serializer));
            if (typed is not null)
            {
                if (typed is IStoreItem storeItem && value is JObject json)
                {
                    storeItem.ETag = json.Value<string>("eTag");
                }

                result[key] = typed;
            }
        }

        return result;
    }
}
