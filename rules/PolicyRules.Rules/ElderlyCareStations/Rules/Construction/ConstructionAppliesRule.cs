using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 七(一)：“项目申报。街道办事处、镇人民政府做好社区养老服务驿站设点选址、需求调查、可行性分析等工作，确定建设运营方案，通过招投标、品牌连锁协议委托运营等方式选取运营方，共同规划建设。向区民政局、区老龄办提交以下材料。1. 《社区养老服务驿站建设项目申报表》……”
/// The street office or town applies, not the operator.
/// </summary>
[Name("elderly-care-stations/2-7-1/construction-applies")]
[Description("驿站建设项目由街道办事处、镇人民政府申报")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "七(一)")]
public sealed class ConstructionAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.Construction))
            .Yield(_ => new DocumentRequired(ElderlyCareStationsPrograms.Construction, "application-form"));
    }
}
