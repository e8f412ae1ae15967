using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Types;

/// <summary>
/// 门政办发〔2017〕2号 四(五)：“……可采取“主体服务区+加盟服务点”的建设模式。单体运营模式参照主体服务取得建筑面积建设。……”
/// “主体服务取得” is read as 主体服务区 (interpretation ECS-SINGLE-SITE): a single-site station is measured by its main area.
/// </summary>
[Name("elderly-care-stations/2-4-5/type-b-single-site-size")]
[Description("单体驿站（无加盟服务点）符合B型驿站的面积要求")]
[Program(ElderlyCareStationsPrograms.TypeB)]
[Cites(ElderlyCareStationsSources.Stations, "四(五)")]
public sealed class TypeBSingleSiteSizeRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.TypeB)
            .Match<Station>(s => s.AffiliatedPoints.Value == 0);

        Then()
            .Yield(_ => new SizeFits<TypeBStation>());
    }
}
