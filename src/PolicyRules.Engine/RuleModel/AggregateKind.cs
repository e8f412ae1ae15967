namespace PolicyRules.Engine.RuleModel;

internal enum AggregateKind
{
    Collect,
    Count,
    Sum,
}
