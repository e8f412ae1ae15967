namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 四(二)：家庭的实际住所在门头沟区。</summary>
public sealed record HomeInDistrict(Residence Residence);
