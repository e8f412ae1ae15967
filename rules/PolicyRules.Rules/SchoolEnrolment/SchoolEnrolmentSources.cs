namespace PolicyRules.Rules.SchoolEnrolment;

/// <summary>The documents this area formalises, and the window in which their rules are in force.</summary>
public static class SchoolEnrolmentSources
{
    /// <summary>门头沟区2017年义务教育阶段入学工作实施细则（含时间表）.</summary>
    public const string Implementation = "门政办发〔2017〕26号";

    /// <summary>门头沟区2017年非本市户籍适龄儿童少年接受义务教育证明证件材料审核实施细则.</summary>
    public const string FiveCertificates = "门政办发〔2017〕27号";

    /// <summary>26号 四 and 27号 六: “自2017年4月28日起实施”.</summary>
    public const string InForceFrom = "2017-04-28";

    /// <summary>Both documents govern the 2017 round only; see interpretation SE-IN-FORCE-END.</summary>
    public const string InForceTo = "2017-12-31";
}
