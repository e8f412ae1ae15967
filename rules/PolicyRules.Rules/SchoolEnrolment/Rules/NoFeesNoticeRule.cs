using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三[工作要求](五)：“……严禁在义务教育阶段以任何名义收取择校费、报名费、测试费和借读费等。”
/// </summary>
[Name("school-enrolment/26-3w-5/no-fees")]
[Description("义务教育阶段不得收取择校费、报名费、测试费和借读费")]
[Cites(SchoolEnrolmentSources.Implementation, "三[工作要求](五)")]
public sealed class NoFeesNoticeRule : Rule
{
    public override void Define()
    {
        ProgramApplies program = default!;

        When()
            .Match(() => program, p => SchoolEnrolmentPrograms.All.Contains(p.Program));

        Then()
            .Yield(_ => new Notice(program.Program, "no-fees"));
    }
}
