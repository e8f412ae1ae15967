using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 七(四)：“形象标识。社区养老服务驿站按照全市统一的标识图案、规格、材质、工艺等进行建设施工，项目投入使用前统一悬挂标识。名称统一为：“门头沟区***社区养老服务驿站+企业标识”。……”
/// </summary>
[Name("elderly-care-stations/2-7-4/signage")]
[Description("驿站统一悬挂“北京养老”标识")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "七(四)")]
public sealed class SignageRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == ElderlyCareStationsPrograms.Construction);

        Then()
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.Construction, "signage"));
    }
}
