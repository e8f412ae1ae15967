namespace PolicyRules.Rules.VeteranPlacement.Facts.Derived;

/// <summary>走自主就业：不符合政府安排工作条件，或符合条件而选择自主就业，或注册备案的全脱产学习（视为自主就业）.</summary>
public sealed record SelfEmploymentTrack;
