using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 一：“……2017 年老旧小区改造需要加装电梯的住宅楼房，列入本试点范围。……”
/// Such buildings join the pilot without the street or town's one-building selection; the building conditions still apply (ER-OLD-ESTATE).
/// </summary>
[Name("elevator-retrofit/6-1/old-estate")]
[Description("楼房属于2017年老旧小区改造中需要加装电梯的住宅楼")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "一")]
public sealed class OldEstateRule : Rule
{
    public override void Define()
    {
        BuildingQualifies qualifies = default!;
        Building building = default!;

        When()
            .Match(() => qualifies)
            .Match(() => building, b => b == qualifies.Building, b => b.OldEstateRenovation.Value);

        Then()
            .Yield(_ => new InPilotScope(building));
    }
}
