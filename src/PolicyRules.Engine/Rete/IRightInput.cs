namespace PolicyRules.Engine.Rete;

/// <summary>A beta node fed by an alpha memory.</summary>
internal interface IRightInput
{
    int Level { get; }

    void RightActivate(Session session, AlphaEntry entry);

    void RightRetract(Session session, AlphaEntry entry);
}
