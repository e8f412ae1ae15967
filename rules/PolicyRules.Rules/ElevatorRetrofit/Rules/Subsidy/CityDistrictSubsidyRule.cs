using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Subsidy;

/// <summary>
/// 海行规发〔2017〕6号 四(二)：“对于产权归市、区所有且具有合法手续的多层住宅楼，增设(适老化)电梯时，由市、区财政按照加装电梯购置及安装所实际发生费用的 50% 给予补贴，最高不超过 30 万元/台。对于施工过程中需要对水、电、气、热、暖等实施改造的，由市财政按照实际发生费用给予财政补贴，最高不超过 40 万元/台。经专业部门测算，增设电梯造成小区内电力不足的，可对增设电梯实际用电量增容，所需费用由区财政承担。”
/// The ownership is the building's property unit (for reformed housing, the original one: ER-OWNERSHIP).
/// </summary>
[Name("elevator-retrofit/6-4-2/city-district")]
[Description("产权归市、区所有且具有合法手续的多层住宅楼：市、区财政补贴")]
[Program(ElevatorRetrofitPrograms.Subsidy)]
[Cites(ElevatorRetrofitSources.Elevators, "四(二)")]
public sealed class CityDistrictSubsidyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Subsidy)
            .Match<Building>(b => b.Ownership.Value == BuildingOwnership.CityOrDistrict, b => b.LawfulFormalities.Value)
            .Match<TwoThirdsConsent>()
            .Match<AffectedOwnersAgree>();

        Then()
            .Yield(_ => new ProgramEligible(ElevatorRetrofitPrograms.Subsidy))
            .Yield(_ => new AmountGranted(ElevatorRetrofitPrograms.Subsidy, "city-district-elevator"))
            .Yield(_ => new AmountGranted(ElevatorRetrofitPrograms.Subsidy, "city-district-pipelines"))
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Subsidy, "power-capacity-district"));
    }
}
