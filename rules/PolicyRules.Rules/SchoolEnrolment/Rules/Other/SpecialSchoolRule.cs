using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(8)：“培智学校要按时做好有就学能力残疾儿童少年的新生入学工作。……”
/// </summary>
[Name("school-enrolment/26-3-2-2-8/special-school")]
[Description("有就学能力的残疾儿童少年进入培智学校")]
[Program(SchoolEnrolmentPrograms.SpecialEducation)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(8)")]
public sealed class SpecialSchoolRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Pupil>(c => c.Disability.Value == DisabilitySchooling.NeedsSpecialSchool);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.SpecialEducation))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.SpecialEducation, "special-school"));
    }
}
