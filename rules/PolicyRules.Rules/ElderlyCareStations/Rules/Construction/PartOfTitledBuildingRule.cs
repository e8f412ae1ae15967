using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 四(三)3：“整体建筑的局部设施用于社区养老服务驿站建设项目。属于整体建筑的局部设施用于社区养老服务驿站建设的，运营主体提供整体建筑房产证复印件或街道办事处、镇政府出具的产权归属证明材料，以及整体建筑物归属方同意社区养老服务驿站建设的证明材料……”
/// </summary>
[Name("elderly-care-stations/2-4-3-3/part-of-building")]
[Description("设施是有房产证的整体建筑的一部分")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "四(三)3")]
public sealed class PartOfTitledBuildingRule : Rule
{
    public override void Define()
    {
        Station station = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Construction)
            .Match(() => station, s => s.TitleStatus.Value == TitleStatus.Titled, s => s.PartOfBuilding.Value);

        Then()
            .Yield(_ => new ConstructionQualified(station))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "whole-building-title"))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "building-owner-consent"));
    }
}
