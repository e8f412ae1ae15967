using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElderlyCareStations.Facts;
using PolicyRules.Rules.ElderlyCareStations.Facts.Derived;

namespace PolicyRules.Rules.ElderlyCareStations.Rules.Construction;

/// <summary>
/// 门政办发〔2017〕2号 四(一)3：“社区养老服务驿站应为低层建筑或设置于建筑物底层，耐火等级不低于2级，其疏散距离及宽度应符合相关建筑设计防火疏散要求。供老年人使用的房间不应设置在地下室及半地下室。……”
/// “不低于2级” includes grade 2 (grade 1 is the highest; interpretation ECS-FIRE-GRADE).
/// </summary>
[Name("elderly-care-stations/2-4-1-3/siting")]
[Description("驿站为低层建筑或设在建筑物底层，耐火等级不低于2级，老年人用房不在地下室")]
[Program(ElderlyCareStationsPrograms.Construction)]
[Cites(ElderlyCareStationsSources.Stations, "四(一)3")]
public sealed class SitingRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElderlyCareStationsParameters> at = default!;
        Station station = default!;

        When()
            .Match(() => at)
            .Match<ProgramApplies>(p => p.Program == ElderlyCareStationsPrograms.Construction)
            .Match(
                () => station,
                s => s.LowRiseOrGroundFloor.Value,
                s => s.FireResistanceGrade.Value <= at.Parameters.FireResistanceGradeMax,
                s => !s.ElderRoomsBelowGround.Value);

        Then()
            .Yield(_ => new SitingMet(station))
            .Yield(_ => new Notice(ElderlyCareStationsPrograms.Construction, "fire-safety"));
    }
}
