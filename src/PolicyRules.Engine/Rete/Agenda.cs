using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Activations waiting to fire, in a deterministic order: certain matches before possible ones,
/// then higher priority, then rule-set order, then the order the matches arose.
/// </summary>
internal sealed class Agenda
{
    private readonly List<Activation> _items = new(8);

    public int Count => _items.Count;

    public void Add(Activation activation)
    {
        // Kept sorted with the next to fire last, so that popping is O(1).
        var index = _items.Count;
        while (index > 0 && FiresBefore(_items[index - 1], activation))
        {
            index--;
        }

        _items.Insert(index, activation);
        activation.IsOnAgenda = true;
    }

    public void Remove(Activation activation)
    {
        if (activation.IsOnAgenda)
        {
            _items.Remove(activation);
            activation.IsOnAgenda = false;
        }
    }

    public bool TryPop(out Activation activation)
    {
        if (_items.Count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _items[^1];
        _items.RemoveAt(_items.Count - 1);
        activation.IsOnAgenda = false;
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
