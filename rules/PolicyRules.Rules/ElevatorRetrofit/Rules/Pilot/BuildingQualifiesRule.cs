using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 一：“2017 年，在全区 29 个街镇开展既有多层住宅增设(适老化)电梯试点工作。每个街镇选取 1 栋未设电梯的城镇 4 层以上住宅楼房作为增设(适老化)电梯试点，且总数不少于 3 个单元门。试点楼房应未列入棚户区改造、房屋征收范围和计划，且在 1998 年底前建成投入使用。2017 年老旧小区改造需要加装电梯的住宅楼房，列入本试点范围。军产房不在此范围。”
/// “4层以上” includes 4 storeys (ER-STOREYS); “1998年底前” includes the whole of 1998 (ER-1998).
/// </summary>
[Name("elevator-retrofit/6-1/building-qualifies")]
[Description("海淀区未设电梯的城镇4层以上住宅楼，1998年底前建成投入使用，未列入棚改或征收")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "一")]
public sealed class BuildingQualifiesRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElevatorRetrofitParameters> at = default!;
        Building building = default!;

        When()
            .Match(() => at)
            .Match(
                () => building,
                b => b.InHaidian.Value,
                b => b.UrbanResidential.Value,
                b => !b.HasElevator.Value,
                b => b.Storeys.Value >= at.Parameters.MinStoreys,
                b => b.CompletedYear.Value <= at.Parameters.CompletedByYear,
                b => !b.InRedevelopmentPlan.Value);

        Then()
            .Yield(_ => new BuildingQualifies(building));
    }
}
