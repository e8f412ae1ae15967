using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Types;

/// <summary>
/// 门政办发〔2017〕2号 四(五)2：“B 型驿站。主体服务区建筑面积原则上在 200m²-300m²，每个加盟服务点建筑面积原则上不少于 60m²，总建筑面积 500m² 左右；可设置床位 10-15 张，设置康复区域、洗涤区域，配备一定比例的管理人员、社工、养老护理员、工勤人员和必要的应急支持人员；除具备基本服务功能外，根据实际需求开展康复护理、心理咨询、法律咨询等延伸性服务。”
/// </summary>
[Name("elderly-care-stations/2-4-5-2/type-b-points-size")]
[Description("加盟服务点面积符合B型驿站的要求")]
[Program(ElderlyCareStationsPrograms.TypeB)]
[Cites(ElderlyCareStationsSources.Stations, "四(五)2")]
public sealed class TypeBPointsSizeRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElderlyCareStationsParameters> at = default!;

        When()
            .Match(() => at)
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.TypeB)
            .Match<Station>(s => s.AffiliatedPoints.Value > 0, s => s.SmallestPointArea.Value >= at.Parameters.TypeBPointAreaMin);

        Then()
            .Yield(_ => new SizeFits<TypeBStation>());
    }
}
