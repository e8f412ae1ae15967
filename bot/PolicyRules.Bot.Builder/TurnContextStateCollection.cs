namespace PolicyRules.Bot.Builder;

/// <summary>Values that live for one turn, keyed by name.</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object?>
{
    public TurnContextStateCollection()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>The value stored under <paramref name="key"/>, or default if absent or of another type.</summary>
    public T? Get<T>(string key) => TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The value stored under the full name of <typeparamref name="T"/>.</summary>
    public T? Get<T>() => Get<T>(typeof(T).FullName!);

    public void Set<T>(string key, T value) => this[key] = value;

    /// <summary>Stores <paramref name="value"/> under the full name of <typeparamref name="T"/>.</summary>
    public void Set<T>(T value) => this[typeof(T).FullName!] = value;
}
