using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 五3：“社会力量利用自有设施建设驿站。对于社会力量利用自有设施建设社区养老服务驿站的，根据装修改造和配置设备规模，经第三方会计事务所评审后，争取市级一次性补助。”
/// </summary>
[Name("elderly-care-stations/2-5-3/own-premises")]
[Description("社会力量利用自有设施建设驿站")]
[Program(ElderlyCareStationsPrograms.MunicipalSubsidy)]
[Cites(ElderlyCareStationsSources.Stations, "五3")]
public sealed class OwnPremisesSubsidyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station)
            .Match<Station>(s => s.PremisesSource.Value == PremisesSource.OwnPremises);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.MunicipalSubsidy));
    }
}
