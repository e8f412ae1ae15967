namespace PolicyRules.Rules.SchoolEnrolment;

/// <summary>The numbers of the documents this area formalises (their titles, dates and window are in area.yaml).</summary>
public static class SchoolEnrolmentSources
{
    /// <summary>门头沟区2017年义务教育阶段入学工作实施细则（含时间表）.</summary>
    public const string Implementation = "门政办发〔2017〕26号";

    /// <summary>门头沟区2017年非本市户籍适龄儿童少年接受义务教育证明证件材料审核实施细则.</summary>
    public const string FiveCertificates = "门政办发〔2017〕27号";
}
