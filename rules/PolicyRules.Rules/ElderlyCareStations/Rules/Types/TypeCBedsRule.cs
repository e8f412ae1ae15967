using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Types;

/// <summary>
/// 门政办发〔2017〕2号 四(五)3：“C 型驿站。主体服务区建筑面积一般在 100m²-200m²，每个加盟服务点建筑面积原则上不少于 60m²，总建筑面积 300 m²左右；可设置床位 10 张以下；设有老年人生活区域、活动区域，配备一定的管理人员、社工、养老护理员和必要的应急支持人员；具备日间照料、呼叫服务、助餐服务、健康指导、文化娱乐、心理慰藉等六项基本服务功能。”
/// </summary>
[Name("elderly-care-stations/2-4-5-3/type-c-beds")]
[Description("床位数符合C型驿站")]
[Program(ElderlyCareStationsPrograms.TypeC)]
[Cites(ElderlyCareStationsSources.Stations, "四(五)3")]
public sealed class TypeCBedsRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElderlyCareStationsParameters> at = default!;

        When()
            .Match(() => at)
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.TypeC)
            .Match<Station>(s => s.Beds.Value <= at.Parameters.TypeCBedsMax);

        Then()
            .Yield(_ => new BedsFit<TypeCStation>());
    }
}
