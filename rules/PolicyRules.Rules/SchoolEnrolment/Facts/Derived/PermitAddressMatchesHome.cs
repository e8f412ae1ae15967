namespace PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

/// <summary>门政办发〔2017〕27号 四(四)2：居住证地址与在门头沟区实际住所居住证明地址一致。</summary>
public sealed record PermitAddressMatchesHome(ResidencePermit Permit);
