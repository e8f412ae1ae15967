namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>Where a graduate going back for junior school goes (门政办发〔2017〕26号 三(二)2(5)).</summary>
public enum ReturnDestination
{
    /// <summary>回户籍所在区县</summary>
    HukouDistrict,

    /// <summary>回家庭实际居住地所在区县</summary>
    ResidenceDistrict,
}
