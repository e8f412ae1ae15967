namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>The documents under which a child without Beijing hukou is treated as one (门政办发〔2017〕26号 三(一)4).</summary>
public enum TreatedAsBeijingBasis
{
    None,

    /// <summary>区教委开具的《台胞子女就读批准书》</summary>
    TaiwanCompatriotApproval,

    /// <summary>《博士后研究人员子女介绍信》及父（或母）的《进站函》</summary>
    PostdocReferral,

    /// <summary>部队师（旅）级政治部开具的随军家属证明及现役军人证件</summary>
    MilitaryDependant,

    /// <summary>区侨务部门开具的《华侨子女来京接受义务教育证明信》</summary>
    OverseasChineseLetter,

    /// <summary>街道办事处开具的《子女关系证明信》及父（或母）本市户口簿</summary>
    ParentageLetter,

    /// <summary>父母持有政府人事部门签发的有效《北京市工作居住证》</summary>
    WorkResidencePermit,
}
