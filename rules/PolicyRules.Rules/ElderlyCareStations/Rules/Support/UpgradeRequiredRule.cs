using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 四(二)1：“……现有已开展服务的托老所或日间照料中心，应当改造提升为社区养老服务驿站。”
/// </summary>
[Name("elderly-care-stations/2-4-2-1/upgrade-required")]
[Description("已开展服务的托老所、日间照料中心应当改造提升为驿站")]
[Program(ElderlyCareStationsPrograms.MunicipalSubsidy)]
[Cites(ElderlyCareStationsSources.Stations, "四(二)1")]
public sealed class UpgradeRequiredRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.MunicipalSubsidy)
            .Match<Station>(s => s.PremisesSource.Value == PremisesSource.UpgradedCareService);

        Then()
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.MunicipalSubsidy, "upgrade-required"));
    }
}
