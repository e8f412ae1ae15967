namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>How the parent working in the district proves it (门政办发〔2017〕27号 四(一)1-3).</summary>
public enum EmploymentKind
{
    /// <summary>受雇于用人单位</summary>
    Employee,

    /// <summary>个体工商户</summary>
    IndividualBusiness,

    /// <summary>法定代表人</summary>
    LegalRepresentative,

    /// <summary>股东或合伙人</summary>
    ShareholderOrPartner,
}
