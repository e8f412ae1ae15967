namespace PolicyRules.Engine.Evaluation;

/// <summary>
/// Whether a goal holds: <see cref="Truth.True"/> when a matching fact was derived for certain,
/// <see cref="Truth.False"/> when no rule could derive one whatever the unanswered inputs turn out
/// to be, <see cref="Truth.Unknown"/> otherwise, with the inputs that could still decide it.
/// </summary>
public sealed record Determination(
    Truth Truth,
    IReadOnlyList<object> Facts,
    IReadOnlyList<object> PossibleFacts,
    IReadOnlyList<MissingInput> Missing,
    IReadOnlyList<MissingInput> Uncertain)
{
    /// <summary>The distinct variable ids of <see cref="Missing"/>, in the order found.</summary>
    public IReadOnlyList<string> MissingVariableIds => Missing.Select(m => m.VariableId).Distinct().ToArray();
}
