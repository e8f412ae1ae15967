using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 七(一)：“3. 资金申报材料。包括建设工程设计图纸、《建设工程预算表》、《设备购置项目支出预算表》，其中对涉及老年人照料床位和室内活动的主体服务区，需由具备资质的设计公司出具建设工程设计图纸及《建设工程预算表》；主体服务区之外的加盟服务点，涉及装修改造的，所需提交材料参照主体服务区执行，不涉及装修改造的，仅提供简易图纸进行说明。”
/// </summary>
[Name("elderly-care-stations/2-7-1/funding-simple-points")]
[Description("加盟服务点不涉及装修改造的，只提供简易图纸")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "七(一)")]
public sealed class FundingSimplePointsRule : Rule
{
    public override void Define()
    {
        Station station = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Construction)
            .Match(() => station, s => s.AffiliatedPoints.Value > 0, s => !s.PointsRenovated.Value);

        Then()
            .Yield(_ => new FundingMaterialsReady(station))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "design-drawings-budget"))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "equipment-budget"))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "point-simple-drawings"));
    }
}
