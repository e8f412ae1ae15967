using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Explanation;

/// <summary>
/// Why a rule did not fire: how many of its elements were matched, which element stopped it, and
/// the conditions of that element that failed. <see cref="Reason"/> covers elements without
/// conditions to blame (no fact of the type, or a fact that a Not element forbids).
/// </summary>
public sealed record RuleFailure(
    CompiledRule Rule,
    int MatchedElements,
    BlockingElement? Blocking,
    string Reason,
    IReadOnlyList<FailedCondition> FailedConditions)
{
    public Citation? Citation => Rule.Citation;
}
