using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 四(三)2：“无房产证的社区养老服务驿站建设项目。对社区内尚未取得房产证、与城乡规划未有矛盾的设施用于社区养老服务驿站建设的，运营主体要根据开展的服务项目，提供具有资质的社会专业机构出具的房屋安全检测报告、消防安全检测报告，以及设施归属方或所在街道办事处、镇政府出具的设施归属的证明材料……”
/// Also the route of part of a building whose whole building has no certificate (四(三)3 第二款).
/// </summary>
[Name("elderly-care-stations/2-4-3-2/untitled")]
[Description("设施无房产证但与城乡规划没有矛盾")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "四(三)2")]
public sealed class UntitledProjectRule : Rule
{
    public override void Define()
    {
        Station station = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Construction)
            .Match(() => station, s => s.TitleStatus.Value == TitleStatus.UntitledNoPlanningConflict);

        Then()
            .Yield(_ => new ConstructionQualified(station))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "building-safety-report"))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "fire-safety-report"))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "ownership-proof"));
    }
}
