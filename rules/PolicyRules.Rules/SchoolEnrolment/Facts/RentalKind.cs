namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>What is rented (门政办发〔2017〕27号 四(二)2 and its items (1)-(3)).</summary>
public enum RentalKind
{
    /// <summary>有产权证（或买卖合同及发票）的住房</summary>
    TitledHome,

    /// <summary>单位公房</summary>
    UnitPublicHousing,

    /// <summary>无房产证农民房</summary>
    FarmhouseWithoutTitle,

    /// <summary>办公用房</summary>
    OfficeSpace,

    /// <summary>地下室</summary>
    Basement,

    /// <summary>按规定不得转租的公租房、军产房的转租</summary>
    RestrictedSublet,
}
