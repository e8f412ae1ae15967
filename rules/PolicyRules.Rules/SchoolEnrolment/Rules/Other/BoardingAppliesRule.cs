using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(二)2(7)：“就读寄宿学校　进入寄宿校（班）就读的适龄儿童少年，应按有关规定办理相关手续……”
/// </summary>
[Name("school-enrolment/26-3-2-2-7/boarding-applies")]
[Description("孩子要进入寄宿校（班）就读")]
[Program(SchoolEnrolmentPrograms.Boarding)]
[Cites(SchoolEnrolmentSources.Implementation, "三(二)2(7)")]
public sealed class BoardingAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Pupil>(c => c.Boarding.Value);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.Boarding));
    }
}
