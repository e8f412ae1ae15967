using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(一)：“日间照料。利用驿站现有设施和资源，重点为社区内空巢或有需求的老年人提供日间托养，实施专业照护……”
/// </summary>
[Name("elderly-care-stations/2-3-1/day-care-service")]
[Description("驿站的日间照料")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "三(一)")]
public sealed class DayCareServiceRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new StationServiceOffered(StationServices.DayCare));
    }
}
