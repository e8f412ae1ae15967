using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 一：“每个街镇选取 1 栋未设电梯的城镇 4 层以上住宅楼房作为增设(适老化)电梯试点，且总数不少于 3 个单元门。……”
/// Read as: the building a street or town selects has at least three unit entrances (ER-THREE-ENTRANCES).
/// </summary>
[Name("elevator-retrofit/6-1/street-town-selection")]
[Description("楼房可由所在街镇选为试点楼，单元门不少于3个")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "一")]
public sealed class StreetTownSelectionRule : Rule
{
    public override void Define()
    {
        PolicyContext<ElevatorRetrofitParameters> at = default!;
        BuildingQualifies qualifies = default!;
        Building building = default!;

        When()
            .Match(() => at)
            .Match(() => qualifies)
            .Match(() => building, b => b == qualifies.Building, b => b.UnitEntrances.Value >= at.Parameters.MinUnitEntrances);

        Then()
            .Yield(_ => new InPilotScope(building))
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Pilot, "one-building-per-street-town"));
    }
}
