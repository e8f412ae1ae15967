namespace PolicyRules.Engine.Evaluation;

/// <summary>
/// An input of a fact: known with a value, unknown (not asked yet) or uncertain (the person does
/// not know). A condition that reads an input that is not known evaluates to <see cref="Truth.Unknown"/>.
/// The default value is unknown, so a fact whose inputs are not set starts out unanswered.
/// </summary>
public readonly struct Input<T> : IEquatable<Input<T>>
{
    private readonly T _value;

    private Input(InputState state, T value)
    {
        State = state;
        _value = value;
    }

    public static Input<T> Unknown => default;

    public static Input<T> Uncertain => new(InputState.Uncertain, default!);

    public InputState State { get; }

    public bool IsKnown => State == InputState.Known;

    /// <summary>The answer. Reading it while the input is not known throws <see cref="InputNotKnownException"/>.</summary>
    public T Value => State == InputState.Known ? _value : throw new InputNotKnownException(typeof(T), State);

    public static Input<T> Known(T value) => new(InputState.Known, value);

    public static implicit operator Input<T>(T value) => Known(value);

    public bool TryGetValue(out T value)
    {
        value = _value;
        return State == InputState.Known;
    }

    public T GetValueOrDefault(T fallback) => State == InputState.Known ? _value : fallback;

    /// <summary>Lifts a computation over the answer: an unknown or uncertain input stays so.</summary>
    public Input<TResult> Map<TResult>(Func<T, TResult> map) =>
        State == InputState.Known ? Input<TResult>.Known(map(_value)) : new Input<TResult>(State, default!);

    public bool Equals(Input<T> other) =>
        State == other.State && (State != InputState.Known || EqualityComparer<T>.Default.Equals(_value, other._value));

    public override bool Equals(object? obj) => obj is Input<T> other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(State, State == InputState.Known ? _value : default);

    public static bool operator ==(Input<T> left, Input<T> right) => left.Equals(right);

    public static bool operator !=(Input<T> left, Input<T> right) => !left.Equals(right);

    public override string ToString() => State switch
    {
        InputState.Known => _value?.ToString() ?? "null",
        InputState.Uncertain => "(uncertain)",
        _ => "(unknown)",
    };
}
