using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Types;

/// <summary>
/// 门政办发〔2017〕2号 四(五)2：“B 型驿站。主体服务区建筑面积原则上在 200m²-300m²，每个加盟服务点建筑面积原则上不少于 60m²，总建筑面积 500m² 左右；可设置床位 10-15 张，设置康复区域、洗涤区域，配备一定比例的管理人员、社工、养老护理员、工勤人员和必要的应急支持人员；除具备基本服务功能外，根据实际需求开展康复护理、心理咨询、法律咨询等延伸性服务。”
/// The main service area proposes the type; at an edge (200 m², 300 m²) two types are proposed and the rest decides.
/// </summary>
[Name("elderly-care-stations/2-4-5-2/type-b-applies")]
[Description("主体服务区面积在B型驿站的范围内")]
[Program(ElderlyCareStationsPrograms.TypeB)]
[Cites(ElderlyCareStationsSources.Stations, "四(五)2")]
public sealed class TypeBAppliesRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElderlyCareStationsParameters> at = default!;

        When()
            .Match(() => at)
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station)
            .Match<Station>(s => s.MainArea.Value >= at.Parameters.TypeBMainAreaMin, s => s.MainArea.Value <= at.Parameters.TypeBMainAreaMax);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.TypeB));
    }
}
