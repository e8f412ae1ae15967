using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(三)：“用人单位在本区物业管理服务、停车管理、安全保护服务、环境卫生服务、绿化与园艺服务、居民服务等部分社会生产和生活服务岗位招用本区登记失业人员……”
/// </summary>
[Name("employment-subsidy/13-2-3/service-post-subsidy-applies")]
[Description("在本区社会生产和生活服务岗位招用本区登记失业人员")]
[Program(EmploymentSubsidyPrograms.ServicePostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "二(三)")]
public sealed class ServicePostSubsidyAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Employer)
            .Match<Hiring>(h => h.ServicePostHires.Value > 0);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.ServicePostSubsidy));
    }
}
