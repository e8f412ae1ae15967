using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// The unanswered inputs behind an unknown truth value. Immutable; null stands for the empty set,
/// so certain matches carry and allocate nothing.
/// </summary>
internal sealed class UnknownSet
{
    private UnknownSet(MissingInput[] items) => Items = items;

    public MissingInput[] Items { get; }

    public static UnknownSet? Of(List<MissingInput> items) => items.Count == 0 ? null : new UnknownSet([.. items.Distinct()]);

    public static UnknownSet? Union(UnknownSet? left, UnknownSet? right)
    {
        if (left is null || left == right)
        {
            return right;
        }

        if (right is null)
        {
            return left;
        }

        var extra = right.Items.Where(i => !left.Items.Contains(i)).ToArray();
        return extra.Length == 0 ? left : new UnknownSet([.. left.Items, .. extra]);
    }

    public static bool AreEqual(UnknownSet? left, UnknownSet? right) =>
        left == right || (left is not null && right is not null && left.Items.AsSpan().SequenceEqual(right.Items));
}
