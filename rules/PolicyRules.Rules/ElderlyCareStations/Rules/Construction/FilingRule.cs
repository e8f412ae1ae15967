using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 七(五)：“备案管理。对工程改造完成、具有明确运营方的驿站建设项目，由区民政局、区财政局、区老龄办分别报市对口部门备案，由市老龄办统一对社会进行公示……并纳入区智慧养老院平台管理。……”
/// </summary>
[Name("elderly-care-stations/2-7-5/filing")]
[Description("建成并有运营方的驿站备案、公示并纳入区智慧养老院平台")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "七(五)")]
public sealed class FilingRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == ElderlyCareStationsPrograms.Construction);

        Then()
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.Construction, "filing"));
    }
}
