using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>A fact in working memory, with how sure it is and what produced it.</summary>
internal sealed class FactHandle(object fact, Truth degree, UnknownSet? unknowns, Activation? source)
{
    public object Object { get; } = fact;

    /// <summary>True for given and derived facts; Unknown for facts a rule would derive if its unknown inputs went its way.</summary>
    public Truth Degree { get; } = degree;

    /// <summary>For a possible fact: the unanswered inputs of all its justifications.</summary>
    public UnknownSet? Unknowns { get; set; } = unknowns;

    /// <summary>The activation whose action inserted this fact, for explanations; null for given facts.</summary>
    public Activation? Source { get; set; } = source;

    /// <summary>
    /// Further justifications of a possible fact: other possible matches that would derive an equal
    /// fact. They are merged into this one, so that alternatives do not multiply downstream.
    /// </summary>
    public List<Activation>? ExtraSupports { get; set; }

    /// <summary>The alpha memory entries holding this fact, chained through <see cref="AlphaEntry.NextOfFact"/>.</summary>
    public AlphaEntry? Entries { get; set; }

    public bool IsInSession { get; set; } = true;

    public FactHandle? NextInSession { get; set; }

    public FactHandle? PreviousInSession { get; set; }

    /// <summary>The next fact linked to the same activation.</summary>
    public FactHandle? NextLinked { get; set; }
}
