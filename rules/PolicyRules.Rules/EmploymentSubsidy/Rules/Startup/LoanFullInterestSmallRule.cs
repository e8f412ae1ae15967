using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)1：“贴息借款人自主、合伙创办的小企业（不含个体工商户），贷款额度在20万元以内（含20万元），在贷款期限内区财政按照实际利率据实全额贴息。” 已经享受市级财政全额贴息的不再重复享受 applies to item 1 too (interpretation ES-LOAN-NO-STACK).
/// </summary>
[Name("employment-subsidy/13-3-1-1/full-interest-small-loan")]
[Description("小企业贷款20万元以内（含20万元），全额贴息")]
[Program(EmploymentSubsidyPrograms.StartupLoanInterest)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)1")]
public sealed class LoanFullInterestSmallRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.StartupLoanInterest)
            .Match(() => at)
            .Match<LoanBorrower>()
            .Match<Business>(b => b.Form.Value == BusinessForm.Enterprise, b => b.LoanAmount.Value <= at.Parameters.LoanFullInterestMax, b => !b.MunicipalFullInterest.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "full-interest-small-loan"))
            .Yield(_ => new Notice(applies.Program, "full-interest"))
            .Yield(_ => new DocumentRequired(applies.Program, "loan-contract"));
    }
}
