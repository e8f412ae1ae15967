using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.SchoolEnrolment.Rules.Junior;

/// <summary>
/// 门政办发〔2017〕26号 附件 时间表（每一行单独引用）：“7月5日　统一使用市级小升初派位系统进行集中派位”。
/// </summary>
[Name("school-enrolment/26-annex/lottery-date")]
[Description("小升初集中派位的日期")]
[Cites(SchoolEnrolmentSources.Implementation, "附件[7月5日]")]
public sealed class LotteryDateRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == SchoolEnrolmentPrograms.JuniorMultiZone);

        Then()
            .Yield(_ => new DeadlineApplies(SchoolEnrolmentPrograms.JuniorMultiZone, "lottery"));
    }
}
