namespace PolicyRules.Rules.SchoolEnrolment.Facts;

public enum Tenure
{
    /// <summary>自有住房</summary>
    Owned,

    /// <summary>租住房屋</summary>
    Rented,
}
