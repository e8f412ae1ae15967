using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.SchoolEnrolment.Facts;
using PolicyRules.Rules.SchoolEnrolment.Facts.Derived;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三[工作要求](五)：“严格执行北京市关于规范教育收费工作等相关文件要求，加大监督力度，严禁在义务教育阶段以任何名义收取择校费、报名费、测试费和借读费等。”
/// The program answers whether a school may charge these fees: it concerns every child entering compulsory education (grade 1
/// or junior secondary) in the district, whatever the route (interpretation SE-NO-FEES-EVERYONE).
/// </summary>
[Name("school-enrolment/26-3w-5/fee-protection-applies")]
[Description("孩子进入义务教育阶段（小学一年级或初中）")]
[Program(SchoolEnrolmentPrograms.NoFees)]
[Cites(SchoolEnrolmentSources.Implementation, "三[工作要求](五)")]
public sealed class FeeProtectionAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Pupil>(c => c.Stage.Value == SchoolStage.Primary || c.Stage.Value == SchoolStage.JuniorSecondary);

        Then()
            .Yield(_ => new ProgramApplies(SchoolEnrolmentPrograms.NoFees));
    }
}
