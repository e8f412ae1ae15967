using PolicyRules.Engine.RuleModel;

namespace PolicyRules.Engine.Rete;

/// <summary>The end of a rule's chain: each complete match becomes an activation on the agenda.</summary>
internal sealed class RuleNode(CompiledRule definition, int order, BetaNode[] elements, CompiledAction[] actions, bool[] actionsReadLevel)
    : ITokenSink
{
    /// <summary>For each element, whether an action reads inside the fact matched there (see <see cref="ActionReads"/>).</summary>
    public bool[] ActionsReadLevel { get; } = actionsReadLevel;

    public CompiledRule Definition { get; } = definition;

    /// <summary>Position in the rule set: breaks ties between equal priorities.</summary>
    public int Order { get; } = order;

    public BetaNode[] Elements { get; } = elements;

    public CompiledAction[] Actions { get; } = actions;

    public void LeftActivate(Session session, Token token)
    {
        if (session.IsInForce(this) && !session.TryResume(this, token))
        {
            var activation = new Activation(this, token, session.NextSequence());
            token.Activation = activation;
            session.Agenda.Add(activation);
        }
    }

    public void LeftRetract(Session session, Token token)
    {
        if (token.Activation is { } activation)
        {
            session.Retire(activation);
        }
    }
}
