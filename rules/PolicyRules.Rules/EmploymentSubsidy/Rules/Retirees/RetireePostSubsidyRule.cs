using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Retirees;

/// <summary>
/// 西政发〔2017〕13号 五(一)：“……签订一年及以上劳务协议的，在协议履行期限内，按照每人每年5000元的标准申请最长不超过3年的岗位补贴。用人单位与聘用人员发生劳务争议的，通过民事诉讼处理。”
/// </summary>
[Name("employment-subsidy/13-5-1/retiree-post-subsidy")]
[Description("签订一年及以上劳务协议，每人每年5000元岗位补贴，最长3年")]
[Program(EmploymentSubsidyPrograms.RetireePostSubsidy)]
[Cites(EmploymentSubsidySources.Opinion, "五(一)")]
public sealed class RetireePostSubsidyRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.RetireePostSubsidy)
            .Match(() => at)
            .Match<Hiring>(h => h.RetireeAgreementMonths.Value >= at.Parameters.RetireeAgreementMinMonths);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "retiree-post-subsidy"))
            .Yield(_ => new Notice(applies.Program, "civil-disputes"))
            .Yield(_ => new DocumentRequired(applies.Program, "service-agreement"));
    }
}
