using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Workers;

/// <summary>
/// 西政发〔2017〕13号 二(三)：“……同时按照每人每年10000元的标准给予登记失业人员不超过3年的就业奖励。”
/// </summary>
[Name("employment-subsidy/13-2-3/service-post-worker-reward")]
[Description("按规定签合同、缴社保、发工资的，给予登记失业人员每年10000元、不超过3年的就业奖励")]
[Program(EmploymentSubsidyPrograms.ServicePostWorkerReward)]
[Cites(EmploymentSubsidySources.Opinion, "二(三)")]
public sealed class ServicePostWorkerRewardRule : Rule
{
    public override void Define()
    {
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.ServicePostWorkerReward)
            .Match<JobTermsMet>();

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "service-post-worker-reward"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"));
    }
}
