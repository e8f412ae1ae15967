using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 四(四)：“社区养老服务驿站须具有法人资质的专业团队运营管理。”
/// The operator qualifies and runs the station on the terms of 四(六) and 六.
/// </summary>
[Name("elderly-care-stations/2-4-4/operator")]
[Description("运营方具备法人资质，按运营协议、风险保障金、保险和退出机制运营")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "四(四)")]
public sealed class OperatorEligibleRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Operator)
            .Match<OperatorQualified>()
            .Match<OperatorTerm>(t => t.Term == OperatorTerms.Agreement)
            .Match<OperatorTerm>(t => t.Term == OperatorTerms.DepositAndInsurance)
            .Match<OperatorTerm>(t => t.Term == OperatorTerms.Exit);

        Then()
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.Operator));
    }
}
