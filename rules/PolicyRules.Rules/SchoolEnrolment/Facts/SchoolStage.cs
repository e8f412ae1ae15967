namespace PolicyRules.Rules.SchoolEnrolment.Facts;

public enum SchoolStage
{
    /// <summary>小学一年级入学</summary>
    Primary,

    /// <summary>小学毕业升入初中</summary>
    JuniorSecondary,
}
