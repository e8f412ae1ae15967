using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三[工作要求](五)：“严格执行北京市关于规范教育收费工作等相关文件要求，加大监督力度，严禁在义务教育阶段以任何名义收取择校费、报名费、测试费和借读费等。”
/// No condition: the prohibition binds the schools, so every child it concerns is protected; the supervision phones of
/// 三[工作要求](八) are where to report a charge.
/// </summary>
[Name("school-enrolment/26-3w-5/fee-protection")]
[Description("学校不得以任何名义收取择校费、报名费、测试费和借读费")]
[Program(SchoolEnrolmentPrograms.NoFees)]
[Cites(SchoolEnrolmentSources.Implementation, "三[工作要求](五)")]
public sealed class FeeProtectionRule : Rule
{
    public override void Define()
    {
        ProgramApplies route = default!;

        When()
            .Match(() => route, p => p.Program == SchoolEnrolmentPrograms.NoFees);

        Then()
            .Yield(_ => new ProgramEligible(route.Program));
    }
}
