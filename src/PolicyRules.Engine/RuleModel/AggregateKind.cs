namespace PolicyRules.Engine.RuleModel;

public enum AggregateKind
{
    Collect,
    Count,
    Sum,
}
