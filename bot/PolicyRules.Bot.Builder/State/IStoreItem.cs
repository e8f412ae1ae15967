namespace PolicyRules.Bot.Builder.State;

/// <summary>An item stored with optimistic concurrency.</summary>
public interface IStoreItem
{
    /// <summary>
    /// The version last read. Writing with a stale value fails; <c>"*"</c> or null writes unconditionally.
    /// Storage sets the new value after a successful write.
    /// </summary>
    string? ETag { get; set; }
}
