using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.ElevatorRetrofit.Facts;

namespace PolicyRules.Rules.ElevatorRetrofit.Rules.Pilot;

/// <summary>
/// 海行规发〔2017〕6号 一：“2017 年，在全区 29 个街镇开展既有多层住宅增设(适老化)电梯试点工作。每个街镇选取 1 栋未设电梯的城镇 4 层以上住宅楼房作为增设(适老化)电梯试点，且总数不少于 3 个单元门。试点楼房应未列入棚户区改造、房屋征收范围和计划，且在 1998 年底前建成投入使用。2017 年老旧小区改造需要加装电梯的住宅楼房，列入本试点范围。军产房不在此范围。”
/// The pilot is Haidian's: a building elsewhere is outside it.
/// </summary>
[Name("elevator-retrofit/6-1/pilot-applies")]
[Description("楼房在海淀区")]
[Program(ElevatorRetrofitPrograms.Pilot)]
[Cites(ElevatorRetrofitSources.Elevators, "一")]
public sealed class PilotAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Building>(b => b.InHaidian.Value);

        Then()
            .Yield(_ => new ProgramApplies(ElevatorRetrofitPrograms.Pilot));
    }
}
