namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 四(四)3：居住证信息为机打，没有涂改。</summary>
public sealed record PermitMachinePrinted(ResidencePermit Permit);
