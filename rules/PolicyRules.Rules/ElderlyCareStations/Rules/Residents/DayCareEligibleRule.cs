using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(一)：“……重点为社区内空巢或有需求的老年人提供日间托养，实施专业照护，针对有特殊服务需求的老年人开展短期全托，推介和转送需长期托养的老年人到附近的养老机构（养老照料中心）接受全托服务。”
/// </summary>
[Name("elderly-care-stations/2-3-1/day-care")]
[Description("驿站提供日间托养和短期全托，需长期托养的转介养老机构")]
[Program(ElderlyCareStationsPrograms.DayCare)]
[Cites(ElderlyCareStationsSources.Stations, "三(一)")]
public sealed class DayCareEligibleRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.DayCare)
            .Match<Elder>(e => e.CareNeed.Value != CareNeed.LongTerm);

        Then()
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.DayCare));
    }
}
