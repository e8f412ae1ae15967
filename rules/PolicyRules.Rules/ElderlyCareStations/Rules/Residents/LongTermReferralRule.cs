using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(一)：“……推介和转送需长期托养的老年人到附近的养老机构（养老照料中心）接受全托服务。”
/// </summary>
[Name("elderly-care-stations/2-3-1/long-term-referral")]
[Description("需长期托养的，驿站推介和转送到附近的养老机构")]
[Program(ElderlyCareStationsPrograms.DayCare)]
[Cites(ElderlyCareStationsSources.Stations, "三(一)")]
public sealed class LongTermReferralRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.DayCare)
            .Match<Elder>(e => e.CareNeed.Value == CareNeed.LongTerm);

        Then()
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.DayCare, "long-term-referral"));
    }
}
