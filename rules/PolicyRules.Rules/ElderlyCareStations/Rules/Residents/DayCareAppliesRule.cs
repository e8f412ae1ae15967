using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(一)：“日间照料。利用驿站现有设施和资源，重点为社区内空巢或有需求的老年人提供日间托养，实施专业照护，针对有特殊服务需求的老年人开展短期全托……”
/// </summary>
[Name("elderly-care-stations/2-3-1/day-care-applies")]
[Description("居家老人需要照料")]
[Program(ElderlyCareStationsPrograms.DayCare)]
[Cites(ElderlyCareStationsSources.Stations, "三(一)")]
public sealed class DayCareAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Elder)
            .Match<Elder>(e => e.LivesInDistrict.Value, e => e.CareNeed.Value != CareNeed.None, e => e.LivesAtHome.Value);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.DayCare));
    }
}
