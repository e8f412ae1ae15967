using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 五1：“现有已运营的托老所、日间照料中心提升为社区养老服务驿站的，根据提升需改造的内容及增配的设备，经第三方会计事务所评审后，争取市级一次性补助。”
/// </summary>
[Name("elderly-care-stations/2-5-1/upgrade")]
[Description("已运营的托老所、日间照料中心提升为驿站")]
[Program(ElderlyCareStationsPrograms.MunicipalSubsidy)]
[Cites(ElderlyCareStationsSources.Stations, "五1")]
public sealed class UpgradeSubsidyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station)
            .Match<Station>(s => s.PremisesSource.Value == PremisesSource.UpgradedCareService);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.MunicipalSubsidy));
    }
}
