using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Workers;

/// <summary>
/// 西政发〔2017〕13号 二(三)：“用人单位在本区物业管理服务、停车管理、安全保护服务、环境卫生服务、绿化与园艺服务、居民服务等部分社会生产和生活服务岗位招用本区登记失业人员……”
/// </summary>
[Name("employment-subsidy/13-2-3/service-post-worker-applies")]
[Description("本区登记失业人员在本区社会生产和生活服务岗位被招用")]
[Program(EmploymentSubsidyPrograms.ServicePostWorkerReward)]
[Cites(EmploymentSubsidySources.Opinion, "二(三)")]
public sealed class ServicePostWorkerAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.JobSeeker)
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value, s => s.Hired.Value)
            .Match<Job>(j => j.ServicePost.Value);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.ServicePostWorkerReward));
    }
}
