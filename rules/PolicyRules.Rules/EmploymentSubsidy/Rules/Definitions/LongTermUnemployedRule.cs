using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Definitions;

/// <summary>
/// 西政发〔2017〕13号 八(一)：“……登记失业一年以上人员……” 一年以上 includes exactly twelve months (interpretation ES-ONE-YEAR-OR-MORE).
/// </summary>
[Name("employment-subsidy/13-8-1/long-term-unemployed")]
[Description("登记失业一年以上")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "八(一)")]
public sealed class LongTermUnemployedRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;

        When()
            .Match(() => at)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value, s => s.UnemployedMonths.Value >= at.Parameters.LongTermUnemployedMonths);

        Then()
            .Yield(_ => new HardToEmploy());
    }
}
