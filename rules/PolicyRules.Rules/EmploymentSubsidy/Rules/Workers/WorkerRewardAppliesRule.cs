using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Workers;

/// <summary>
/// 西政发〔2017〕13号 二(二)：“本区登记失业人员与用人单位（不含劳务派遣企业）签订两年以上劳动合同……” A post of 二(三)'s list is governed by 二(三) alone (interpretation ES-SERVICE-POST-SPECIAL).
/// </summary>
[Name("employment-subsidy/13-2-2/worker-reward-applies")]
[Description("本区登记失业人员被用人单位招用（不在二(三)所列服务岗位）")]
[Program(EmploymentSubsidyPrograms.WorkerReward)]
[Cites(EmploymentSubsidySources.Opinion, "二(二)")]
public sealed class WorkerRewardAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value, s => s.Hired.Value)
            .Match<Job>(j => !j.ServicePost.Value);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.WorkerReward));
    }
}
