using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 七(二)：“综合评审。区民政局、区财政局、区老龄办及相关领域专家组成项目评审组，对各街道办事处、镇人民政府申报的拟建社区养老服务驿站项目进行评审，择优确定支持的社区养老服务驿站建设名单，统一上报市民政局、市老龄办。……补助经费由区民政局一次性拨付项目所在街道办事处或镇人民政府。”
/// </summary>
[Name("elderly-care-stations/2-7-2/construction")]
[Description("项目可以申报，由区里综合评审后报市里确定")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "七(二)")]
public sealed class ConstructionEligibleRule : Rule
{
    public override void Define()
    {
        SitingMet siting = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Construction)
            .Match(() => siting)
            .Match<NotTemporaryBuilding>()
            .Match<ConstructionQualified>()
            .Match<FundingMaterialsReady>();

        Then()
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.Construction))
            .Yield(_ => new ProjectSubmittable(siting.Station));
    }
}
