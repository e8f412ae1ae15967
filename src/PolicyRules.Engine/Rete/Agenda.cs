using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// Activations waiting to fire, in a deterministic order: certain matches before possible ones,
/// then higher priority, then rule-set order, then the order the matches arose. A binary heap
/// keyed by a rank computed once per activation; each activation knows its slot, so a match that
/// stops holding leaves in O(log n).
/// </summary>
internal sealed class Agenda
{
    private Activation[] _heap = new Activation[16];

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, Count * 2);
        }

        activation.IsOnAgenda = true;
        Place(activation, Count++);
        SiftUp(activation.AgendaSlot);
    }

    public void Remove(Activation activation)
    {
        if (!activation.IsOnAgenda)
        {
            return;
        }

        var slot = activation.AgendaSlot;
        var last = _heap[--Count];
        _heap[Count] = null!;
        activation.IsOnAgenda = false;
        if (slot == Count)
        {
            return;
        }

        Place(last, slot);
        SiftDown(slot);
        SiftUp(last.AgendaSlot);
    }

    public bool TryPop(out Activation activation)
    {
        if (Count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _heap[0];
        Remove(activation);
        return true;
    }

    /// <summary>Certain before possible, then priority (high first), then rule order (low first).</summary>
    public static long RankOf(Truth degree, int priority, int order) =>
        ((degree == Truth.True ? 0L : 1L) << 62) | (((long)int.MaxValue - priority) << 24) | (uint)order;

    private static bool FiresBefore(Activation a, Activation b) =>
        a.Rank != b.Rank ? a.Rank < b.Rank : a.Sequence < b.Sequence;

    private void Place(Activation activation, int slot)
    {
        _heap[slot] = activation;
        activation.AgendaSlot = slot;
    }

    private void SiftUp(int slot)
    {
        var item = _heap[slot];
        while (slot > 0)
        {
            var parent = (slot - 1) / 2;
            if (!FiresBefore(item, _heap[parent]))
            {
                break;
            }

            Place(_heap[parent], slot);
            slot = parent;
        }

        Place(item, slot);
    }

    private void SiftDown(int slot)
    {
        var item = _heap[slot];
        while (true)
        {
            var child = (2 * slot) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && FiresBefore(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!FiresBefore(_heap[child], item))
            {
                break;
            }

            Place(_heap[child], slot);
            slot = child;
        }

        Place(item, slot);
    }
}
