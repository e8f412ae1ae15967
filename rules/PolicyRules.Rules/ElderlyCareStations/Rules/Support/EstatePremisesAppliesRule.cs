using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 四(二)1：“已有社区养老服务设施。新建居住区配套的老年活动场站、托老所，现有居住区配套的养老服务设施，应当无偿用于社区养老服务驿站运营（新建居住区配套的养老机构、养老照料中心除外）。……”
/// </summary>
[Name("elderly-care-stations/2-4-2-1/estate-premises-applies")]
[Description("设施是居住区配套设施")]
[Program(ElderlyCareStationsPrograms.FreePremises)]
[Cites(ElderlyCareStationsSources.Stations, "四(二)1")]
public sealed class EstatePremisesAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station)
            .Match<Station>(s => s.PremisesSource.Value == PremisesSource.EstateElderlyFacility || s.PremisesSource.Value == PremisesSource.EstateCareInstitution);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.FreePremises));
    }
}
