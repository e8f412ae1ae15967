using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(三)：“助餐服务。依托专业餐饮服务机构或养老照料中心，为托养老年人和居家老年人开展助餐服务。具备条件的，可直接开展供餐服务。”
/// </summary>
[Name("elderly-care-stations/2-3-3/meal-service")]
[Description("驿站的助餐服务")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "三(三)")]
public sealed class MealServiceRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new StationServiceOffered(StationServices.Meals));
    }
}
