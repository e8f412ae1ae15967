using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 六(一)：“风险管理。社区养老服务驿站运营方须向设施提供方缴纳风险保障金……原则上不低于该机构国有固定资产投资的1%。具体数额由设施提供方和社区养老服务驿站运营方商定。社区养老服务驿站运营方须投保居家养老服务综合责任保险……”
/// </summary>
[Name("elderly-care-stations/2-6-1/deposit-and-insurance")]
[Description("运营方须缴纳风险保障金并投保居家养老服务综合责任保险")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "六(一)")]
public sealed class DepositAndInsuranceRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Operator);

        Then()
            .Yield(_ => new OperatorTerm(OperatorTerms.DepositAndInsurance))
            .Yield(_ => new AmountGranted(ElderlyCareStationsPrograms.Operator, "risk-deposit-minimum"));
    }
}
