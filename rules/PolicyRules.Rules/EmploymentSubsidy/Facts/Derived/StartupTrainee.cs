namespace PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

/// <summary>创业培训对象（三(四)）：本区登记失业人员，本区户籍毕业2年内未就业的高校毕业生和复员转业军人.</summary>
public sealed record StartupTrainee;
