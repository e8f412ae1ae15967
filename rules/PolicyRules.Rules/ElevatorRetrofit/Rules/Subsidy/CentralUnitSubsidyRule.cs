using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;
using PolicyRules.Rules.ElevatorRetrofit.Facts.Derived;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Subsidy;

/// <summary>
/// 海行规发〔2017〕6号 四(三)：“对于产权归中央单位所有且具有合法手续的多层住宅楼，增设(适老化)电梯时，由区财政按照加装电梯购置及安装所实际发生费用的 30% 给予补贴，最高不超过 18 万元/台。对于施工过程中需要对水、电、气、热、暖等实施改造的，由区财政按照实际发生费用给予财政补贴，最高不超过 40 万元/台。经专业部门测算，增设电梯造成小区内电力不足的，可对增设电梯实际用电量增容，所需费用由产权单位承担。”
/// The ownership is the building's property unit (for reformed housing, the original one: ER-OWNERSHIP).
/// </summary>
[Name("elevator-retrofit/6-4-3/central-unit")]
[Description("产权归中央单位所有且具有合法手续的多层住宅楼：区财政补贴")]
[Program(ElevatorRetrofitPrograms.Subsidy)]
[Cites(ElevatorRetrofitSources.Elevators, "四(三)")]
public sealed class CentralUnitSubsidyRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramApplies>(p => p.Program == ElevatorRetrofitPrograms.Subsidy)
            .Match<Building>(b => b.Ownership.Value == BuildingOwnership.CentralUnit, b => b.LawfulFormalities.Value)
            .Match<TwoThirdsConsent>()
            .Match<AffectedOwnersAgree>();

        Then()
            .Yield(_ => new ProgramEligible(ElevatorRetrofitPrograms.Subsidy))
            .Yield(_ => new AmountGranted(ElevatorRetrofitPrograms.Subsidy, "central-elevator"))
            .Yield(_ => new AmountGranted(ElevatorRetrofitPrograms.Subsidy, "central-pipelines"))
            .Yield(_ => new Notice(ElevatorRetrofitPrograms.Subsidy, "power-capacity-owner"));
    }
}
