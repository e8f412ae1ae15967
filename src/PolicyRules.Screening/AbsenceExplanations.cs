using PolicyRules.Engine;
using PolicyRules.Engine.Explanation;
using PolicyRules.Engine.RuleModel;
using PolicyRules.Rules;

namespace PolicyRules.Screening;

/// <summary>
/// One fired session's explanations of why no rule produced a fact type, each worked out once: every program of a
/// report asks about the same goal types (ProgramApplies, ProgramEligible and the facts behind them), and each
/// explanation analyses every rule producing that type. For a goal, only the rules of the programs reported are
/// analysed (a report on one area's programs, as a screened list asks for, need not analyse every other area's).
/// </summary>
internal sealed class AbsenceExplanations(ISession session, IReadOnlyCollection<string>? programs)
{
    private readonly Dictionary<Type, IReadOnlyList<RuleFailure>> _goals = [];
    private readonly Dictionary<Type, IReadOnlyList<RuleFailure>> _facts = [];
    private readonly string[]? _tags = programs?.Select(ProgramAttribute.TagFor).ToArray();

    /// <summary>Why no rule of a reported program produced the goal.</summary>
    public IReadOnlyList<RuleFailure> OfGoal(Type goal) => Cached(_goals, goal, type => _tags is null
        ? session.ExplainAbsence(type)
        : session.ExplainAbsence(type, IsReported));

    /// <summary>Why no rule produced a fact that a rule of the goal waited for.</summary>
    public IReadOnlyList<RuleFailure> Of(Type factType) => Cached(_facts, factType, session.ExplainAbsence);

    private bool IsReported(CompiledRule rule) => _tags!.Any(rule.IsTagged);

    private static IReadOnlyList<RuleFailure> Cached(Dictionary<Type, IReadOnlyList<RuleFailure>> cache, Type type, Func<Type, IReadOnlyList<RuleFailure>> explain)
    {
        if (!cache.TryGetValue(type, out var failures))
        {
            cache[type] = failures = explain(type);
        }

        return failures;
    }
}
