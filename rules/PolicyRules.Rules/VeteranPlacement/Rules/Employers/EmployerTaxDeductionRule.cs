using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.Employers;

/// <summary>
/// 门政办发〔2017〕25号 二(三)14：“……在新增加的岗位中，当年新招用自主就业退役士兵，与其签订1年以上期限劳动合同并依法缴纳社会保险费的，
/// 在3年内按实际招用人数以每人每年6000元为定额依次扣减……当年扣减不足的，不再结转以后年度扣减。” 1年以上 includes 12 months
/// (interpretation VP-CONTRACT-ONE-YEAR).
/// </summary>
[Name("veteran-placement/25-2-3-14/employer-tax-deduction")]
[Description("新增岗位当年新招用自主就业退役士兵、签订1年以上劳动合同并缴纳社会保险费，3年内每人每年6000元定额扣减")]
[Program(VeteranPlacementPrograms.EmployerTaxDeduction)]
[Cites(VeteranPlacementSources.District, "二(三)14")]
public sealed class EmployerTaxDeductionRule : Rule
{
    public override void Define()
    {
        PolicyContext<VeteranPlacementParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == VeteranPlacementPrograms.EmployerTaxDeduction)
            .Match(() => at)
            .Match<Employer>(
                e => e.NewPostHires.Value > 0,
                e => e.ContractMonths.Value >= at.Parameters.EmployerTaxMinContractMonths,
                e => e.ContractWagesInsurance.Value);

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "employer-tax-deduction"))
            .Yield(_ => new Notice(applies.Program, "employer-tax-details"));
    }
}
