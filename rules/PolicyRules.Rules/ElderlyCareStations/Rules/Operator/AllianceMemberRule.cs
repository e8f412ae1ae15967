using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Operator;

/// <summary>
/// 门政办发〔2017〕2号 四(六)3：“联盟运营。多家社会组织、企业或个体工商户通过加盟协议方式共同运营一家驿站，其主体服务区应由具有法人资质的社会组织或企业运营，并代表驿站承担对其他加盟服务点的指导和牵头协作，实现分工合作。”
/// </summary>
[Name("elderly-care-stations/2-4-6-3/alliance-member")]
[Description("个体工商户可以加盟联盟运营的驿站，主体服务区须由法人运营")]
[Program(ElderlyCareStationsPrograms.Operator)]
[Cites(ElderlyCareStationsSources.Stations, "四(六)3")]
public sealed class AllianceMemberRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Operator)
            .Match<StationOperator>(o => o.LegalForm.Value == LegalForm.IndividualBusiness);

        Then()
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.Operator, "alliance-member"));
    }
}
