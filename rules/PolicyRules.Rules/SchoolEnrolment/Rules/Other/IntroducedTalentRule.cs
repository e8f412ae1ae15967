using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(一)5：“凡属区级以上人民政府引进人才子女入学，按相关规定，由区教委协调解决。”
/// The “相关规定” are not among the sources: the report names the office that arranges the place and no conditions
/// beyond the status itself.
/// </summary>
[Name("school-enrolment/26-3-1-5/introduced-talent")]
[Description("引进人才子女入学由区教委协调解决")]
[Program(SchoolEnrolmentPrograms.IntroducedTalent)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)5")]
public sealed class IntroducedTalentRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Family>(f => f.IntroducedTalent.Value);

        Then()
            .Yield(_ => new ProgramEligible(SchoolEnrolmentPrograms.IntroducedTalent))
            .Yield(_ => new Notice(SchoolEnrolmentPrograms.IntroducedTalent, "talent-coordinated"));
    }
}
