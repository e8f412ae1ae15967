using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(5)：“小学毕业生可以申请回户籍或家庭实际居住地所在区县升入初中。……”
/// </summary>
[Name("school-enrolment/26-3-2-2-5/return-applies")]
[Description("本市户籍小学毕业生，申请回户籍或家庭实际居住地所在区县升入初中")]
[Program(SchoolEnrolmentPrograms.JuniorReturnHome)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(5)")]
public sealed class ReturnHomeAppliesRule : Rule
{
    public override void Define()
    {
        Pupil child = default!;

        When()
            .Match(() => child, c => c.Stage.Value == SchoolStage.JuniorSecondary, c => c.ReturnToHomeDistrict.Value)
            .Match<BeijingGraduate>(g => g.Pupil == child);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.JuniorReturnHome));
    }
}
