using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 六(一)：“……对完成工作指标任务的街道，一次性给予6万元就业活动经费……”
/// </summary>
[Name("employment-subsidy/13-6-1/targets-met")]
[Description("完成工作指标任务的街道，一次性6万元就业活动经费")]
[Program(EmploymentSubsidyPrograms.StreetEmploymentFunds)]
[Cites(EmploymentSubsidySources.Opinion, "六(一)")]
public sealed class StreetTargetsMetRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.StreetEmploymentFunds)
            .Match<Organisation>(o => o.StreetTargetsMet.Value, o => !o.StreetOutstanding.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "street-targets"));
    }
}
