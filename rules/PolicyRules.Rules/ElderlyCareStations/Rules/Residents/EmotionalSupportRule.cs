using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(六)：“心理慰藉。通过开展以陪同聊天、情绪安抚为主要内容的关爱活动，满足老人情感慰藉和心灵交流需求。”
/// </summary>
[Name("elderly-care-stations/2-3-6/emotional-support")]
[Description("驿站的心理慰藉")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "三(六)")]
public sealed class EmotionalSupportRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new StationServiceOffered(StationServices.EmotionalSupport));
    }
}
