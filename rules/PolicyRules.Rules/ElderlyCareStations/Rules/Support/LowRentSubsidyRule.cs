using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 五2：“街道办事处、镇人民政府低价有偿提供的公共服务设施。对各街道办事处、镇人民政府低价有偿提供设施建设的驿站项目，根据装修改造和配置设备规模，经第三方会计事务所评审后，争取市级一次性补助。”
/// </summary>
[Name("elderly-care-stations/2-5-2/low-rent")]
[Description("街道、镇低价有偿提供设施建设的驿站")]
[Program(ElderlyCareStationsPrograms.MunicipalSubsidy)]
[Cites(ElderlyCareStationsSources.Stations, "五2")]
public sealed class LowRentSubsidyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station)
            .Match<Station>(s => s.PremisesSource.Value == PremisesSource.StreetOfficeLowRent);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.MunicipalSubsidy));
    }
}
