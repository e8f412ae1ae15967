using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三[延伸功能]：“在此基础上，可以根据自身设施条件和周边资源供给情况，拓展开展康复护理、心理咨询、法律咨询等延伸性功能……”
/// </summary>
[Name("elderly-care-stations/2-3-extended/extended-services")]
[Description("驿站的延伸性服务")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "三[延伸功能]")]
public sealed class ExtendedServicesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new StationServiceOffered(StationServices.Extended));
    }
}
