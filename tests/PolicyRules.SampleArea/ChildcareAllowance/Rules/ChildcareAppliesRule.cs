using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules;
using PolicyRules.Rules.Common;
using PolicyRules.SampleArea.ChildcareAllowance.Facts;

namespace PolicyRules.SampleArea.ChildcareAllowance.Rules;

/// <summary>样例文〔2026〕1号 一：“……在托育机构托育的儿童……”</summary>
[Name("childcare-allowance/1/applies")]
[Program(ChildcareAllowanceNames.Program)]
[Cites(ChildcareAllowanceNames.Notice, "一")]
public sealed class ChildcareAppliesRule : Rule
{
    public override void Define()
    {
        Childcare care = default!;

        When()
            .Match(() => care, c => c.InCare.Value);

        Then()
            .Yield(_ => new ProgramApplies(ChildcareAllowanceNames.Program));
    }
}
