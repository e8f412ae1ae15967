using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)2：“……企业贷款额度在20万元以上100万元以内（含100万元），当年招用本区登记失业人员10人以上（含10人），在劳动合同期限及贷款期限内，区财政按照实际利率据实全额贴息。已经享受市级财政全额贴息政策的不再重复享受。”
/// </summary>
[Name("employment-subsidy/13-3-1-2/full-interest-large-loan")]
[Description("贷款20万元以上100万元以内、当年招用本区登记失业人员10人以上，全额贴息")]
[Program(EmploymentSubsidyPrograms.StartupLoanInterest)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)2")]
public sealed class LoanFullInterestLargeRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.StartupLoanInterest)
            .Match(() => at)
            .Match<LoanBorrower>()
            .Match<Business>(b => b.Form.Value == BusinessForm.Enterprise, b => b.LoanAmount.Value > at.Parameters.LoanFullInterestMax, b => b.LoanAmount.Value <= at.Parameters.LoanMax, b => b.UnemployedHired.Value >= at.Parameters.LoanFullMinHires, b => !b.MunicipalFullInterest.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "full-interest-large-loan"))
            .Yield(_ => new Notice(applies.Program, "full-interest"))
            .Yield(_ => new DocumentRequired(applies.Program, "loan-contract"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"));
    }
}
