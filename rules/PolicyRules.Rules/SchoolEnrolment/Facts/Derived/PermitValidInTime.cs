namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 四(四)4：居住证“有效期限”的起始时间在规定日期前。</summary>
public sealed record PermitValidInTime(ResidencePermit Permit);
