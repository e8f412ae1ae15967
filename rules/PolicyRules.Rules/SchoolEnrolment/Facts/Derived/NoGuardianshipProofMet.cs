namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>
/// “五证”之一：户籍所在地街道办事处或乡镇人民政府出具的在当地没有监护条件的证明符合 27号 四(五) 的审核标准
/// （持本区有效居住证视为有此证明，或持有该证明本身）。
/// </summary>
public sealed record NoGuardianshipProofMet(Family Family);
