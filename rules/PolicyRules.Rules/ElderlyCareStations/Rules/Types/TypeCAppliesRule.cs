using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Types;

/// <summary>
/// 门政办发〔2017〕2号 四(五)3：“C 型驿站。主体服务区建筑面积一般在 100m²-200m²，每个加盟服务点建筑面积原则上不少于 60m²，总建筑面积 300 m²左右；可设置床位 10 张以下；设有老年人生活区域、活动区域，配备一定的管理人员、社工、养老护理员和必要的应急支持人员；具备日间照料、呼叫服务、助餐服务、健康指导、文化娱乐、心理慰藉等六项基本服务功能。”
/// The main service area proposes the type; at an edge (200 m², 300 m²) two types are proposed and the rest decides.
/// </summary>
[Name("elderly-care-stations/2-4-5-3/type-c-applies")]
[Description("主体服务区面积在C型驿站的范围内")]
[Program(ElderlyCareStationsPrograms.TypeC)]
[Cites(ElderlyCareStationsSources.Stations, "四(五)3")]
public sealed class TypeCAppliesRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElderlyCareStationsParameters> at = default!;

        When()
            .Match(() => at)
            .Match<Enquirer>(e => e.Role.Value == EnquirerRole.Station)
            .Match<Station>(s => s.MainArea.Value >= at.Parameters.TypeCMainAreaMin, s => s.MainArea.Value <= at.Parameters.TypeCMainAreaMax);

        Then()
            .Yield(_ => new ProgramApplies(ElderlyCareStationsPrograms.TypeC));
    }
}
