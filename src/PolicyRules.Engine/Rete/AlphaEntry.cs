using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>A fact that passed a chain of alpha conditions, in the memory at the end of that chain.</summary>
internal sealed class AlphaEntry(FactHandle handle, Truth degree, UnknownSet? unknowns, AlphaMemoryNode memory)
{
    public FactHandle Handle { get; } = handle;

    public Truth Degree { get; } = degree;

    public UnknownSet? Unknowns { get; } = unknowns;

    public AlphaMemoryNode Memory { get; } = memory;

    public AlphaEntry? Next { get; set; }

    public AlphaEntry? Previous { get; set; }

    public AlphaEntry? NextOfFact { get; set; }
}
