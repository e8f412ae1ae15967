namespace PolicyRules.Engine.RuleModel;

/// <summary>One element of a rule's left-hand side, in the order written.</summary>
internal abstract class RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>The declaration this element binds, if any.</summary>
    public virtual Declaration? Declaration => null;
}
