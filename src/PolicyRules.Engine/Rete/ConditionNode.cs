using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Engine.Rete;

/// <summary>
/// A condition compiled for three-valued evaluation: Kleene connectives over leaves. With a sink,
/// evaluation also collects the unanswered inputs that make the result unknown, and only those
/// (an input behind a false conjunct or a true disjunct cannot change the result).
/// </summary>
internal abstract class ConditionNode
{
    public abstract Truth Evaluate(Token? token, object fact, List<MissingInput>? sink);

    public abstract IEnumerable<LeafCondition> Leaves();
}
