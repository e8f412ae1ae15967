namespace PolicyRules.Engine.RuleModel;

/// <summary>An input property of a fact type, known by its stable dotted variable id.</summary>
public sealed record VariableReference(string Id, Type FactType, string Property)
{
    public override string ToString() => Id;
}
