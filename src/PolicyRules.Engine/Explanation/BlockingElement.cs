namespace PolicyRules.Engine.Explanation;

/// <summary>The element of a rule's left-hand side that no partial match got past, and the fact type it matches.</summary>
public sealed record BlockingElement(ElementKind Kind, Type FactType);
