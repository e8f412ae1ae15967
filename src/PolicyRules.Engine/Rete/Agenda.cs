using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Activations waiting to fire, in a deterministic order: certain matches before possible ones,
/// then higher priority, then rule-set order, then the order the matches arose. An intrusive
/// doubly linked list: no allocation, and new activations, which usually fire last, are placed by
/// walking from the end.
/// </summary>
internal sealed class Agenda
{
    private Activation? _first;
    private Activation? _last;

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        var after = _last;
        while (after is not null && FiresBefore(activation, after))
        {
            after = after.Previous;
        }

        var before = after is null ? _first : after.Next;
        activation.Previous = after;
        activation.Next = before;
        if (after is null)
        {
            _first = activation;
        }
        else
        {
            after.Next = activation;
        }

        if (before is null)
        {
            _last = activation;
        }
        else
        {
            before.Previous = activation;
        }

        activation.IsOnAgenda = true;
        Count++;
    }

    public void Remove(Activation activation)
    {
        if (!activation.IsOnAgenda)
        {
            return;
        }

        if (activation.Previous is null)
        {
            _first = activation.Next;
        }
        else
        {
            activation.Previous.Next = activation.Next;
        }

        if (activation.Next is null)
        {
            _last = activation.Previous;
        }
        else
        {
            activation.Next.Previous = activation.Previous;
        }

        activation.Next = activation.Previous = null;
        activation.IsOnAgenda = false;
        Count--;
    }

    public bool TryPop(out Activation activation)
    {
        activation = _first!;
        if (activation is null)
        {
            return false;
        }

        Remove(activation);
        return true;
    }

    private static bool FiresBefore(Activation a, Activation b)
    {
        if (a.Degree != b.Degree)
        {
            return a.Degree == Truth.True;
        }

        if (a.Rule.Definition.Priority != b.Rule.Definition.Priority)
        {
            return a.Rule.Definition.Priority > b.Rule.Definition.Priority;
        }

        return a.Rule.Order != b.Rule.Order ? a.Rule.Order < b.Rule.Order : a.Sequence < b.Sequence;
    }
}
