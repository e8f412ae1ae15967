namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>How the graduate's primary school feeds junior schools (门政办发〔2017〕26号 三(二)2(1)-(3)).</summary>
public enum PrimarySchoolZone
{
    /// <summary>大峪一小（永定地区多校划片）</summary>
    DayuNo1,

    /// <summary>实验二小永定分校（永定地区多校划片）</summary>
    ShiyanNo2Yongding,

    /// <summary>人大附小京西校区（京籍毕业生由大峪中学分校先行接收）</summary>
    RenDaFuXiaoJingxi,

    /// <summary>单校划片、对口直升的小学</summary>
    SingleSchoolZone,

    /// <summary>其他小学（就近就读）</summary>
    Other,
}
