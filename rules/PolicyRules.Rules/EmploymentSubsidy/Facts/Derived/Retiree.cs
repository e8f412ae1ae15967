namespace PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

/// <summary>退休人员（八(二)）：女性60岁（含）以下、男性65岁（含）以下、已经享受养老保险待遇.</summary>
public sealed record Retiree;
