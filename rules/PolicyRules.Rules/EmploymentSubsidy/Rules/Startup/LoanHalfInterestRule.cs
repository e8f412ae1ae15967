using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Startup;

/// <summary>
/// 西政发〔2017〕13号 三(一)2：“……贷款额度在20万元以上100万元以内（含100万元），当年招用本区登记失业人员3人以上（含3人）10人以下，在劳动合同期限及贷款期限内，区财政按照实际利率的50%给予贴息……” 10人以下 excludes 10, which the next sentence counts (interpretation ES-LOAN-HIRES).
/// </summary>
[Name("employment-subsidy/13-3-1-2/half-interest")]
[Description("贷款20万元以上100万元以内、当年招用本区登记失业人员3至9人，按实际利率的50%贴息")]
[Program(EmploymentSubsidyPrograms.StartupLoanInterest)]
[Cites(EmploymentSubsidySources.Opinion, "三(一)2")]
public sealed class LoanHalfInterestRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.StartupLoanInterest)
            .Match(() => at)
            .Match<LoanBorrower>()
            .Match<Business>(b => b.Form.Value == BusinessForm.Enterprise, b => b.LoanAmount.Value > at.Parameters.LoanFullInterestMax, b => b.LoanAmount.Value <= at.Parameters.LoanMax, b => b.UnemployedHired.Value >= at.Parameters.LoanHalfMinHires, b => b.UnemployedHired.Value < at.Parameters.LoanFullMinHires, b => !b.MunicipalFullInterest.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "half-interest"))
            .Yield(_ => new Notice(applies.Program, "half-interest"))
            .Yield(_ => new DocumentRequired(applies.Program, "loan-contract"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"));
    }
}
