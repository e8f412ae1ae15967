namespace PolicyRules.Engine.Rete;

/// <summary>A node fed by partial matches from the node before it.</summary>
internal interface ITokenSink
{
    void LeftActivate(Session session, Token token);

    void LeftRetract(Session session, Token token);
}
