namespace PolicyRules.Rules.VeteranPlacement.Facts.Derived;

/// <summary>符合政府安排工作条件（《退役士兵安置条例》第二十九条）.</summary>
public sealed record QualifiesForPlacement;
