using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 三(四)：“健康指导。具备条件的，可在驿站内按照医疗机构设置标准同步设置护理站……不具备条件的，依托周边社区卫生服务中心开展健康服务……”
/// </summary>
[Name("elderly-care-stations/2-3-4/health-guidance")]
[Description("驿站的健康指导")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "三(四)")]
public sealed class HealthGuidanceRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new StationServiceOffered(StationServices.Health));
    }
}
