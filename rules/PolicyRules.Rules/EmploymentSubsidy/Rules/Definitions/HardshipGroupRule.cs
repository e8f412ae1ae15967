using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Definitions;

/// <summary>
/// 西政发〔2017〕13号 八(一)：“……残疾人、享受最低生活保障待遇及低收入家庭人员、初次进京随军家属、……零就业家庭成员、社区矫正人员和刑满释放人员。”
/// </summary>
[Name("employment-subsidy/13-8-1/hardship-group")]
[Description("本区登记失业的残疾人、低保或低收入家庭人员、初次进京随军家属、零就业家庭成员、社区矫正人员或刑满释放人员")]
[Priority(20)]
[Cites(EmploymentSubsidySources.Opinion, "八(一)")]
public sealed class HardshipGroupRule : Rule
{
    public override void Define()
    {
        When()
            .Match<JobSeeker>(s => s.RegisteredUnemployed.Value, s => s.HardshipGroup.Value);

        Then()
            .Yield(_ => new HardToEmploy());
    }
}
