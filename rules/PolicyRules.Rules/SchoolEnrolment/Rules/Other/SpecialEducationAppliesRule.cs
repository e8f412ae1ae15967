using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(8)：“就读特教学校和随班就读　培智学校要按时做好有就学能力残疾儿童少年的新生入学工作。有能力接受普通教育的适龄残疾儿童少年，可根据残疾程度到就近的普通中小学校随班就读，完成九年义务教育。”
/// </summary>
[Name("school-enrolment/26-3-2-2-8/special-education-applies")]
[Description("孩子有残疾")]
[Program(SchoolEnrolmentPrograms.SpecialEducation)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(8)")]
public sealed class SpecialEducationAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Pupil>(c => c.Disability.Value != DisabilitySchooling.None);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.SpecialEducation));
    }
}
