namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// Key/value storage for bot state. Items are objects serialised as JSON.
/// A write whose ETag (<see cref="IStoreItem.ETag"/>, or the <c>eTag</c> field of a JSON object) is neither null nor
/// <c>"*"</c> and differs from the stored one throws <see cref="StorageConcurrencyException"/>; after a successful
/// write the new ETag is set on the written item.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the given keys; absent keys are left out of the result.</summary>
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all changes, or none of them if any ETag is stale.</summary>
    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the given keys; absent keys are ignored.</summary>
    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}
