namespace PolicyRules.Rules.SchoolEnrolment.Facts;

public enum HukouLocation
{
    /// <summary>本区（门头沟区）户籍</summary>
    Mentougou,

    /// <summary>本市其他区户籍</summary>
    OtherBeijingDistrict,

    /// <summary>京籍无户口（本市户籍但未登记户口）</summary>
    BeijingUnregistered,

    /// <summary>非本市户籍</summary>
    OutsideBeijing,
}
