using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(6)：“特长生入学　进一步规范特长生入学工作。在市教委备案可招收体育、艺术和科技特长生的学校，原则上可在本区跨片招生……”
/// </summary>
[Name("school-enrolment/26-3-2-2-6/specialty-applies")]
[Description("本市户籍小学毕业生，想以体育、艺术或科技特长生身份升入初中")]
[Program(SchoolEnrolmentPrograms.JuniorSpecialty)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(6)")]
public sealed class SpecialtyAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Stage.Value == SchoolStage.JuniorSecondary, c => c.SpecialtyApplicant.Value)
            .Match<BeijingGraduate>(g => g.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.JuniorSpecialty));
    }
}
