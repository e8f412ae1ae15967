namespace PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

/// <summary>四(二)：本区登记失业人员当年可享受一次补贴培训, and has not had it yet this year.</summary>
public sealed record TrainingAllowanceLeft;
