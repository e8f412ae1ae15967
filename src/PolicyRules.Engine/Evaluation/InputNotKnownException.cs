namespace PolicyRules.Engine.Evaluation;

/// <summary>
/// Thrown when code reads the value of an input that has not been answered. Inside a condition the
/// engine turns it into an error that names the rule and asks for a <see cref="ReadsAttribute"/>.
/// </summary>
public sealed class InputNotKnownException : InvalidOperationException
{
    public InputNotKnownException(Type valueType, InputState state)
        : base($"The value of an Input<{valueType.Name}> was read while it is {state.ToString().ToLowerInvariant()}.")
    {
        ValueType = valueType;
        State = state;
    }

    public Type ValueType { get; }

    public InputState State { get; }
}
