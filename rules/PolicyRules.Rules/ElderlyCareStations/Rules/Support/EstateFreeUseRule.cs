using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Support;

/// <summary>
/// 门政办发〔2017〕2号 四(二)1：“……新建居住区配套的老年活动场站、托老所，现有居住区配套的养老服务设施，应当无偿用于社区养老服务驿站运营（新建居住区配套的养老机构、养老照料中心除外）。已经交由其他单位做其他用途运营使用的，应当收回用于社区养老服务驿站建设运营。……”
/// </summary>
[Name("elderly-care-stations/2-4-2-1/estate-free-use")]
[Description("居住区配套的养老服务设施应当无偿用于驿站运营（配套的养老机构、养老照料中心除外）")]
[Program(ElderlyCareStationsPrograms.FreePremises)]
[Cites(ElderlyCareStationsSources.Stations, "四(二)1")]
public sealed class EstateFreeUseRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.FreePremises)
            .Match<Station>(s => s.PremisesSource.Value == PremisesSource.EstateElderlyFacility);

        Then()
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.FreePremises));
    }
}
