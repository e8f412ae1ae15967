using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 四(六)：“运营模式。社区养老服务驿站运营原则上采取公办民营、公建民营、民建民营方式，主要包括连锁运营、单体运营、联盟运营和 PPP 运营四种方式……街道办事处、镇政府可通过招投标、协议委托品牌企业连锁运营等方式确定运营方，并与运营方签订运营协议，明确双方责任义务关系。”
/// </summary>
[Name("elderly-care-stations/2-4-6/operating-agreement")]
[Description("街道、镇选定运营方并签订运营协议")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "四(六)")]
public sealed class OperatingAgreementRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Operator);

        Then()
            .Yield(_ => new OperatorTerm(OperatorTerms.Agreement));
    }
}
