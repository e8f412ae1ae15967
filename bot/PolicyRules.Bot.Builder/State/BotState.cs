using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// State kept in an <see cref="IStorage"/> under a key derived from the turn (see <see cref="ConversationState"/>,
/// <see cref="UserState"/>). It is loaded at most once per turn into <see cref="ITurnContext.TurnState"/> and written by
/// <see cref="SaveChangesAsync"/> only when it changed. Writes carry the ETag that was loaded, so a concurrent turn that
/// saved first makes the write fail with <see cref="StorageConcurrencyException"/> instead of losing its answers.
/// After <see cref="DeleteAsync"/> the state stays deleted for the rest of the turn: it reads as empty and is not saved.
/// </summary>
public abstract class BotState
{
    private readonly string _contextServiceKey;

    protected BotState(IStorage storage, string contextServiceKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrEmpty(contextServiceKey);
        Storage = storage;
        _contextServiceKey = contextServiceKey;
    }

    protected IStorage Storage { get; }

    /// <summary>Creates a typed accessor for one property of this state.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the state into the turn, unless already loaded (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        var stored = items.TryGetValue(key, out var item) ? item as JObject ?? JObject.FromObject(item) : null;
        turnContext.TurnState[_contextServiceKey] = new CachedBotState(stored);
    }

    /// <summary>Writes the state if it changed during the turn (or <paramref name="force"/>).</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
        if (cached is null || cached.IsDeleted || (!force && !cached.IsChanged()))
        {
            return;
        }

        var json = cached.ToJson();
        var snapshot = json.ToString(Newtonsoft.Json.Formatting.None);
        json["eTag"] = cached.ETag ?? "*";
        var key = GetStorageKey(turnContext);
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = json }, cancellationToken).ConfigureAwait(false);
        cached.ETag = json.Value<string>("eTag");
        cached.Snapshot = snapshot;
    }

    /// <summary>Empties the state for this turn; the storage is changed at the next save.</summary>
    public void ClearState(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var eTag = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)?.ETag;
        var cleared = new CachedBotState(null) { ETag = eTag, Snapshot = "{\"cleared\":true}" };
        turnContext.TurnState[_contextServiceKey] = cleared;
    }

    /// <summary>
    /// Removes the state from storage and empties it for the rest of the turn. Whatever the turn sets afterwards (e.g. a
    /// handler that saves its state object on the way out) is not written back, so saving at the end of the turn cannot
    /// undo the deletion; the next turn starts from nothing. <see cref="LoadAsync"/> with <c>force</c> starts afresh.
    /// </summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
        turnContext.TurnState[_contextServiceKey] = new CachedBotState(null) { IsDeleted = true };
    }

    /// <summary>The storage key for this turn's state.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    internal bool TryGetPropertyValue<T>(ITurnContext turnContext, string name, out T? value)
    {
        var cached = GetLoaded(turnContext, name);
        if (!cached.State.TryGetValue(name, out var raw))
        {
            value = default;
            return false;
        }

        value = CachedBotState.Convert<T>(raw);

        // Keep the typed object so that changes the bot makes to it are seen at save time.
        cached.State[name] = value;
        return true;
    }

    internal void SetPropertyValue(ITurnContext turnContext, string name, object? value) =>
        GetLoaded(turnContext, name).State[name] = value;

    internal void DeletePropertyValue(ITurnContext turnContext, string name) =>
        GetLoaded(turnContext, name).State.Remove(name);

    private CachedBotState GetLoaded(ITurnContext turnContext, string name) =>
        turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)
        ?? throw new InvalidOperationException($"{GetType().Name} is not loaded for this turn; call LoadAsync before using property '{name}'.");
}
