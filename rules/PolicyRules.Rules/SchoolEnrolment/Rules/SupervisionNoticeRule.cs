using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules;

/// <summary>
/// 门政办发〔2017〕26号 三[工作要求](八)：“……监督电话：69842673（区教委小教科）、69842423（区教委中教科）、69840444（区考试中心小招办公室）。”
/// </summary>
[Name("school-enrolment/26-3w-8/supervision-phones")]
[Description("入学工作监督电话")]
[Cites(SchoolEnrolmentSources.Implementation, "三[工作要求](八)")]
public sealed class SupervisionNoticeRule : Rule
{
    public override void Define()
    {
        ProgramApplies program = default!;

        When()
            .Match(() => program, p => SchoolEnrolmentPrograms.All.Contains(p.Program));

        Then()
            .Yield(_ => new Notice(program.Program, "supervision-phones"));
    }
}
