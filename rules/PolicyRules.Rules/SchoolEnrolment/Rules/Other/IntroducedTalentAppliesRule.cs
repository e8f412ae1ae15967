using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Other;

/// <summary>
/// 门政办发〔2017〕26号 三(一)5：“凡属区级以上人民政府引进人才子女入学，按相关规定，由区教委协调解决。”
/// </summary>
[Name("school-enrolment/26-3-1-5/introduced-talent-applies")]
[Description("父母为区级以上人民政府引进的人才")]
[Program(SchoolEnrolmentPrograms.IntroducedTalent)]
[Cites(SchoolEnrolmentSources.Implementation, "三(一)5")]
public sealed class IntroducedTalentAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Family>(f => f.IntroducedTalent.Value);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.IntroducedTalent));
    }
}
