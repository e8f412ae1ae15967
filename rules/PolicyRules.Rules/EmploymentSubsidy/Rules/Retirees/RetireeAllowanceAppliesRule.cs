using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Retirees;

/// <summary>
/// 西政发〔2017〕13号 五(二)：“本区户籍退休人员在本区物业管理服务、停车管理、安全保护服务、环境卫生服务、绿化与园艺服务、居民服务等部分社会生产和生活服务岗位被用人单位聘用……”
/// </summary>
[Name("employment-subsidy/13-5-2/retiree-allowance-applies")]
[Description("退休人员在本区服务岗位被聘用")]
[Program(EmploymentSubsidyPrograms.RetireeAllowance)]
[Cites(EmploymentSubsidySources.Opinion, "五(二)")]
public sealed class RetireeAllowanceAppliesRule : Rule
{
    public override void Define()
    {
        When()
            .Match<Enquirer>(e => e.Role.Value == JobsRole.Retiree)
            .Match<RetireeWork>(w => w.ServicePost.Value);

        Then()
            .Yield(_ => new ProgramApplies(EmploymentSubsidyPrograms.RetireeAllowance));
    }
}
