using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Retirees;

/// <summary>
/// 西政发〔2017〕13号 五(一)：“用人单位在本区物业管理服务、停车管理、安全保护服务、环境卫生服务、绿化与园艺服务、居民服务等部分社会生产和生活服务岗位聘用本区户籍退休人员……”
/// </summary>
[Name("employment-subsidy/13-5-1/retiree-post-subsidy-applies")]
[Description("用人单位在本区服务岗位聘用本区户籍退休人员")]
[Program(EmploymentSubsidyPrograms.RetireePostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "五(一)")]
public sealed class RetireePostSubsidyAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Employer)
            .Match<Hiring>(h => h.RetireesEngaged.Value > 0);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.RetireePostSubsidy));
    }
}
