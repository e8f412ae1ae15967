using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// A partial match: one value per rule element up to <see cref="Level"/>, held as a chain through
/// <see cref="Parent"/>. Each token lives in the memory of the node that made it (an intrusive list).
/// </summary>
internal sealed class Token(Token? parent, int level, object? value, FactHandle? handle, Truth degree, UnknownSet? unknowns)
{
    public Token? Parent { get; } = parent;

    public int Level { get; } = level;

    /// <summary>The matched fact, or the aggregate result; null for exists and not elements.</summary>
    public object? Value { get; } = value;

    public FactHandle? Handle { get; } = handle;

    public Truth Degree { get; } = degree;

    public UnknownSet? Unknowns { get; } = unknowns;

    public Token? Next { get; set; }

    public Token? Previous { get; set; }

    /// <summary>Set on tokens that reached a rule: the rule's activation for this match.</summary>
    public Activation? Activation { get; set; }

    public static object? ValueAt(Token token, int level)
    {
        var current = token;
        while (current.Level != level)
        {
            current = current.Parent!;
        }

        return current.Value;
    }

    public IEnumerable<FactHandle> Handles()
    {
        for (var current = this; current is not null; current = current.Parent)
        {
            if (current.Handle is not null)
            {
                yield return current.Handle;
            }
        }
    }
}
