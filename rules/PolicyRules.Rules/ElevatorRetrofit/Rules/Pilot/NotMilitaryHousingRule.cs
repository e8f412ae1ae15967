using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 一：“……军产房不在此范围。”
/// </summary>
[Name("elevator-retrofit/6-1/not-military-housing")]
[Description("楼房不是军产房")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "一")]
public sealed class NotMilitaryHousingRule : Rule
{
    public override void Define()
    {
        Building building = default!;

        When()
            .Match(() => building, b => b.Ownership.Value != BuildingOwnership.Military);

        Then()
            .Yield(_ => new NotMilitaryHousing(building));
    }
}
