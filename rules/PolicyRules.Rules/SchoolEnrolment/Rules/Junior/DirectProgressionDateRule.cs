using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 附件 时间表（每一行单独引用）：“6月25日前　区考试中心完成初中入学对口直升等录取工作”。
/// </summary>
[Name("school-enrolment/26-annex/direct-progression-date")]
[Description("对口直升录取的完成日期")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[6月25日前]")]
public sealed class DirectProgressionDateRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.JuniorSingleZone);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorSingleZone, "direct-progression"));
    }
}
