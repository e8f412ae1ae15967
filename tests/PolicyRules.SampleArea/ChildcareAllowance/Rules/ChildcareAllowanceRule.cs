using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;

namespace PolicyRules.SampleArea.ChildcareAllowance.Rules;

/// <summary>
/// 样例文〔2026〕1号 一：“2023年1月1日以后出生……的儿童，每月发给托育补贴500元……另按区补贴标准发给区补贴。”
/// 以后 here excludes the day itself (a test reading, not a register entry: this is no real policy).
/// </summary>
[Name("childcare-allowance/1/allowance")]
[Program(ChildcareAllowanceNames.Program)]
[Cites(ChildcareAllowanceNames.Notice, "一")]
public sealed class ChildcareAllowanceRule : Rule
{
    public override void Define()
    {
        PolicyContext<ChildcareParameters> at = default!;
        ProgramApplies applies = default!;
        Child child = default!;

        When()
            .Match(() => applies, p => p.Program == ChildcareAllowanceNames.Program)
            .Match(() => at)
            .Match(() => child, c => !c.IsBornOnOrBefore(at.Parameters.BornAfter));

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "monthly-allowance"))
            .Yield(_ => new AmountGranted(applies.Program, "district-supplement"));
    }
}
