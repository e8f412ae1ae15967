using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Residents;

/// <summary>
/// 门政办发〔2017〕2号 四(一)1：“农村地区养老服务驿站设置原则上按照村委会设置……也可以结合乡村旅游发展建设，在发挥养老服务功能的同时，将困境儿童、残疾人纳入重点服务对象，以及其他有服务需求的人员纳入服务范围。”
/// </summary>
[Name("elderly-care-stations/2-4-1-1/rural-stations")]
[Description("农村地区驿站按村委会设置，可服务困境儿童和残疾人")]
[Program(ElderlyCareStationsPrograms.Services)]
[Cites(ElderlyCareStationsSources.Stations, "四(一)1")]
public sealed class RuralStationsRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Services);

        Then()
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.Services, "rural-stations"));
    }
}
