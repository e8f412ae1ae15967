using PolicyRules.Engine;
using PolicyRules.Engine.Explanation;

namespace PolicyRules.Screening;

/// <summary>
/// One fired session's explanations of why no rule produced a fact type, each worked out once: every program of a
/// report asks about the same goal types (ProgramApplies, ProgramEligible and the facts behind them), and each
/// explanation analyses every rule producing that type, of every program. Asked again per program, it was most of
/// the time a report took.
/// </summary>
internal sealed class AbsenceExplanations(ISession session)
{
    private readonly Dictionary<Type, IReadOnlyList<RuleFailure>> _byType = [];

    public IReadOnlyList<RuleFailure> Of(Type factType)
    {
        if (!_byType.TryGetValue(factType, out var failures))
        {
            _byType[factType] = failures = session.ExplainAbsence(factType);
        }

        return failures;
    }
}
