using PolicyRules.Engine.Explanation;

namespace PolicyRules.Engine.RuleModel;

/// <summary>
/// One element of a rule's left-hand side as a reader of explanations needs it: what it does, the fact
/// type it matches and how many conditions it tests (its own and those joining it to earlier elements).
/// </summary>
public sealed record ElementShape(ElementKind Kind, Type FactType, int Conditions);
