using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(五)：“文化娱乐。为居家社区老年人提供活动场所，搭建活动平台，开展老年人喜闻乐见的文化活动……”
/// </summary>
[Name("elderly-care-stations/2-3-5/recreation")]
[Description("驿站的文化娱乐")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "三(五)")]
public sealed class RecreationRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new StationServiceOffered(StationServices.Recreation));
    }
}
