using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 四(三)1：“资质证照齐全的社区养老服务驿站建设项目。对具备房产证、土地证等相关资质证照的项目，按照相关申报流程申请报批并建设、备案。”
/// 七(一)2: “有房产证的项目，提交房产证复印件并加盖公章”.
/// </summary>
[Name("elderly-care-stations/2-4-3-1/titled")]
[Description("设施有房产证等资质证照")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "四(三)1")]
public sealed class TitledProjectRule : Rule
{
    public override void Define()
    {
        Station station = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Construction)
            .Match(() => station, s => s.TitleStatus.Value == TitleStatus.Titled, s => !s.PartOfBuilding.Value);

        Then()
            .Yield(_ => new ConstructionQualified(station))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "title-copy"));
    }
}
