using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine;

/// <summary>A compiled rule set. Thread-safe: share one, create a session per evaluation.</summary>
public interface ISessionFactory
{
    IReadOnlyList<CompiledRule> Rules { get; }

    RuleSetAnalysis Analysis { get; }

    ISession CreateSession(DateOnly asOf);
}
