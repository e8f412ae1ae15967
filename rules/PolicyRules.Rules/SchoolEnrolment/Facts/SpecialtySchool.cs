using PolicyRules.Engine.Evaluation;

namespace PolicyRules.Rules.SchoolEnrolment.Facts;

/// <summary>The registered school a specialty applicant applies to (门政办发〔2017〕26号 三(二)2(6)).</summary>
public sealed class SpecialtySchool
{
    /// <summary>学校2017年计划招生总人数（学校公布的招生计划）：特长生名额上限按其比例计算。</summary>
    [Variable("school.plannedIntake")]
    public Input<int> PlannedIntake { get; set; }
}
