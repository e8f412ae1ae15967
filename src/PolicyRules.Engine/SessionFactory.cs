using PolicyRules.Engine.Rete;
using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine;

internal sealed class SessionFactory(IReadOnlyList<CompiledRule> rules) : ISessionFactory
{
    private readonly ReteNetwork _network = ReteBuilder.Build(rules);

    public IReadOnlyList<CompiledRule> Rules { get; } = rules;

    public RuleSetAnalysis Analysis { get; } = new(rules);

    public ISession CreateSession(DateOnly asOf) => new Session(_network, Analysis, asOf);
}
