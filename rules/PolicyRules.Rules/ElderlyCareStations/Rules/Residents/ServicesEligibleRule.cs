using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 一：“社区养老服务驿站是充分利用社区资源，就近为有需求的居家老年人提供生活照料、陪伴护理、心理支持、社会交流等服务……的为老服务机构……”
/// The services of 三 are for older people living at home (居家), not in an institution.
/// </summary>
[Name("elderly-care-stations/2-1/services")]
[Description("驿站为居家老年人就近提供服务")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "一")]
public sealed class ServicesEligibleRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services)
            .Match<Elder>(e => e.LivesAtHome.Value)
            .Match<StationServiceOffered>(s => s.Service == StationServices.DayCare)
            .Match<StationServiceOffered>(s => s.Service == StationServices.Call)
            .Match<StationServiceOffered>(s => s.Service == StationServices.Meals)
            .Match<StationServiceOffered>(s => s.Service == StationServices.Health)
            .Match<StationServiceOffered>(s => s.Service == StationServices.Recreation)
            .Match<StationServiceOffered>(s => s.Service == StationServices.EmotionalSupport)
            .Match<StationServiceOffered>(s => s.Service == StationServices.Extended);

        Then()
            .Yield(_ => new ProgramEligible(ElderlyCareStationsPrograms.Services));
    }
}
