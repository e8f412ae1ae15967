using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Organisations;

/// <summary>
/// 西政发〔2017〕13号 六(一)：“……对完成工作指标任务且成绩突出的街道，一次性给予10万元就业活动经费，名额不超过街道总数的50%。” The 10万元 replaces the 6万元 (interpretation ES-STREET-FUNDS).
/// </summary>
[Name("employment-subsidy/13-6-1/outstanding")]
[Description("完成工作指标任务且成绩突出的街道，一次性10万元就业活动经费")]
[Program(EmploymentSubsidyPrograms.StreetEmploymentFunds)]
[Cites(EmploymentSubsidySources.Opinion, "六(一)")]
public sealed class StreetOutstandingRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.StreetEmploymentFunds)
            .Match<Organisation>(o => o.StreetTargetsMet.Value, o => o.StreetOutstanding.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "street-outstanding"))
            .Yield(_ => new Notice(applies.Program, "outstanding-quota"));
    }
}
