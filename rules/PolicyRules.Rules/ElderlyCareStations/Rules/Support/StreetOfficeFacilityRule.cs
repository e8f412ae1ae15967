using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 五5：“街道办事处、镇人民政府提供的公共服务设施，由街道办事处、镇人民政府对设施及相关服务设施设备政府投资进行评估测算，根据测算结果给予运营方免费运营期限以及免费运营期满后的运营管理费用。”
/// The period and the fees come from the assessment; the text gives neither (interpretation ECS-FREE-PERIOD-FEES).
/// </summary>
[Name("elderly-care-stations/2-5-5/street-office-facility")]
[Description("街道、镇提供公共服务设施的，给予免费运营期限和期满后的运营管理费用")]
[Program(ElderlyCareStationsPrograms.FreePremises)]
[Cites(ElderlyCareStationsSources.Stations, "五5")]
public sealed class StreetOfficeFacilityRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station)
            .Match<Station>(s => s.PremisesSource.Value == PremisesSource.StreetOfficeFree);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.FreePremises))
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.FreePremises));
    }
}
