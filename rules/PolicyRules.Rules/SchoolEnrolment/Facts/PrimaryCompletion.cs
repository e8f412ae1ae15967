namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>Where a junior-secondary applicant finished primary school (门政办发〔2017〕26号 三(一)2).</summary>
public enum PrimaryCompletion
{
    /// <summary>在门头沟区完成小学教育</summary>
    Mentougou,

    /// <summary>在本市外区或外省市完成小学教育，已办理回门头沟区升入初中手续</summary>
    ElsewhereWithReturnProcedure,

    /// <summary>在外区或外省市完成小学教育，未办理回区手续</summary>
    ElsewhereWithoutReturnProcedure,
}
