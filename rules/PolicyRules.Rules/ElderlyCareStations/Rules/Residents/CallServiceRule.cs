using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(二)：“呼叫服务。响应老年人通过互联网、物联网等网络手段或电话、可视网络等电子设备终端提出的养老服务需求……”
/// </summary>
[Name("elderly-care-stations/2-3-2/call-service")]
[Description("驿站的呼叫服务")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "三(二)")]
public sealed class CallServiceRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new StationServiceOffered(StationServices.Call));
    }
}
