using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Benchmarks.Cases;

/// <summary>
/// A case both engines evaluate: the same fact instances for both, the evaluation date, the goal
/// each engine is asked about, and one answer that changes between two known values.
/// </summary>
public interface IBenchCase
{
    DateOnly AsOf { get; }

    /// <summary>The input facts, in insertion order. Sessions do not change them.</summary>
    IReadOnlyList<object> Facts { get; }

    /// <summary>The input fact whose answer <see cref="ChangeAnswer"/> changes.</summary>
    object ChangedFact { get; }

    /// <summary>Our engine: whether the goal holds, may hold or cannot hold.</summary>
    Determination DetermineGoal(Engine.ISession session);

    /// <summary>NRules: whether a goal fact is in working memory (it has no "may hold").</summary>
    bool GoalHolds(NRules.ISession session);

    /// <summary>Sets the changing answer to the case's value (false) or to the other known value (true), which flips the goal.</summary>
    void ChangeAnswer(bool changed);
}
