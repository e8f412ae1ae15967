using PolicyRules.Engine.RuleModel;
using PolicyRules.Engine.Evaluation;
using PolicyRules.Engine.Explanation;

namespace PolicyRules.Engine;

/// <summary>
/// One citizen's working memory. Cheap to create; not thread-safe (one per conversation turn).
/// Changes propagate through the network at once; <see cref="Fire"/> runs the agenda.
/// </summary>
public interface ISession
{
    /// <summary>Raised after a rule fires for certain (not for hypothetical firings of possible matches).</summary>
    event Action<RuleModel.CompiledRule>? RuleFired;

    /// <summary>The evaluation date: rules outside their effective window do not fire.</summary>
    DateOnly AsOf { get; }

    void Insert(object fact);

    void InsertAll(IEnumerable<object> facts);

    bool TryInsert(object fact);

    /// <summary>Re-evaluates a fact already in the session after its inputs changed.</summary>
    void Update(object fact);

    bool TryUpdate(object fact);

    void Retract(object fact);

    bool TryRetract(object fact);

    /// <summary>Fires activations in agenda order until none is left; returns the number of rules fired.</summary>
    int Fire();

    /// <summary>Facts of type <typeparamref name="T"/> that hold for certain.</summary>
    IEnumerable<T> Query<T>();

    /// <summary>Whether a fact of type <typeparamref name="T"/> (matching <paramref name="where"/>) holds, may hold, or cannot hold.</summary>
    Determination Determine<T>(Func<T, bool>? where = null);

    /// <summary>As <see cref="Determine{T}"/>, for a fact type known only at run time.</summary>
    Determination Determine(Type factType);

    /// <summary>The chain of rules, citations and premises behind a fact.</summary>
    FactExplanation Explain(object fact);

    /// <summary>For each rule that could produce a <typeparamref name="T"/> and did not for certain: what stopped it.</summary>
    IReadOnlyList<RuleFailure> ExplainAbsence<T>();

    /// <summary>As <see cref="ExplainAbsence{T}"/>, for a fact type known only at run time.</summary>
    IReadOnlyList<RuleFailure> ExplainAbsence(Type factType);

    /// <summary>
    /// As <see cref="ExplainAbsence(Type)"/>, for only the rules <paramref name="among"/> selects: a report on some
    /// programs need not analyse the rules of every other.
    /// </summary>
    IReadOnlyList<RuleFailure> ExplainAbsence(Type factType, Func<CompiledRule, bool> among);
}
