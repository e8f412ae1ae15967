using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 八(一)：“……严防将突击新建的临时建筑用于驿站建设。”
/// </summary>
[Name("elderly-care-stations/2-8-1/not-temporary")]
[Description("驿站不使用突击新建的临时建筑")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "八(一)")]
public sealed class NotTemporaryBuildingRule : Rule
{
    public override void Define()
    {
        Station station = default!;

        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Construction)
            .Match(() => station, s => !s.TemporaryBuilding.Value);

        Then()
            .Yield(_ => new NotTemporaryBuilding(station));
    }
}
