using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Retirees;

/// <summary>
/// 西政发〔2017〕13号 五(二)：“……签订一年及以上劳务协议的，在协议履行期限内，按照每人每年5000元的标准，给予退休人员不超过3年的劳务补助。”
/// </summary>
[Name("employment-subsidy/13-5-2/retiree-allowance")]
[Description("本区户籍退休人员签订一年及以上劳务协议，每年5000元劳务补助，不超过3年")]
[Program(EmploymentSubsidyPrograms.RetireeAllowance)]
[Cites(EmploymentSubsidySources.Opinion, "五(二)")]
public sealed class RetireeAllowanceRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.RetireeAllowance)
            .Match(() => at)
            .Match<Applicant>(a => a.HukouDistrict.Value == HukouDistrict.Xicheng)
            .Match<Retiree>()
            .Match<RetireeWork>(w => w.AgreementMonths.Value >= at.Parameters.RetireeAgreementMinMonths);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "retiree-allowance"))
            .Yield(_ => new DocumentRequired(applies.Program, "service-agreement"));
    }
}
