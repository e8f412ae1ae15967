using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 四(四)：“运营资质。社区养老服务驿站须具有法人资质的专业团队运营管理。”
/// </summary>
[Name("elderly-care-stations/2-4-4/operator-applies")]
[Description("驿站须由具有法人资质的专业团队运营管理")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "四(四)")]
public sealed class OperatorAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.Operator));
    }
}
