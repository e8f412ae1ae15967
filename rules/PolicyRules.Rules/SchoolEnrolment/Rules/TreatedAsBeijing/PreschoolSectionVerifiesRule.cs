using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.TreatedAsBeijing;

/// <summary>
/// 门政办发〔2017〕26号 三(一)4 第二款：“在小学入学工作中符合上述条件学生的资格审核、认定工作由门头沟区教委小幼科在规定时间内统一完成。”
/// </summary>
[Name("school-enrolment/26-3-1-4/preschool-section-verifies")]
[Description("资格审核、认定由区教委小幼科在规定时间内统一完成")]
[Program(SchoolEnrolmentPrograms.TreatedAsBeijingPrimary)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)4")]
public sealed class PreschoolSectionVerifiesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.TreatedAsBeijingPrimary);

        Then()
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.TreatedAsBeijingPrimary, "treated-as-beijing-verification"));
    }
}
