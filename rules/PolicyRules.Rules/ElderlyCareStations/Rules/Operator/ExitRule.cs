using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 六(二)：“退出机制。……社区养老服务驿站的管理者、使用者擅自改变政府投资或资助建设、配置的养老服务设施功能和用途的，由区民政局和街道办事处、镇人民政府责令限期改正，并责令退回补贴资金和有关费用；逾期不改正的，收回管理权、使用权，并退回政府补贴资金，扣除相应风险保障金。社区养老服务驿站运营方要同设施提供方签订运营协议……”
/// </summary>
[Name("elderly-care-stations/2-6-2/exit")]
[Description("擅自改变设施功能用途的，责令改正、退回补贴，逾期收回并扣除风险保障金")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "六(二)")]
public sealed class ExitRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Operator);

        Then()
            .Yield(_ => new OperatorTerm(OperatorTerms.Exit));
    }
}
