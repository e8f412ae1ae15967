namespace PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

/// <summary>就业困难人员（八(一)）：本区登记失业人员中的“3540”以上人员、残疾人、低保及低收入家庭人员、初次进京随军家属、登记失业一年以上人员、零就业家庭成员、社区矫正人员和刑满释放人员.</summary>
public sealed record HardToEmploy;
