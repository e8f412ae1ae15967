namespace PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

/// <summary>贴息借款人（三(一)）：本区户籍的登记失业人员、复员转业退役军人、刑满释放5年内或解除社区矫正3年内人员、高校毕业生、化解过剩产能企业职工、建档立卡贫困人员或网络商户创业者.</summary>
public sealed record LoanBorrower;
