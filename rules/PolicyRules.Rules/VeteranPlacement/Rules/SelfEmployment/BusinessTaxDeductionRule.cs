using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.VeteranPlacement.Facts;

namespace PolicyRules.Rules.VeteranPlacement.Rules.SelfEmployment;

/// <summary>
/// 门政办发〔2017〕25号 二(三)14：“在向税务机关进行备案后……对自主就业退役士兵从事个体经营的，在3年内按每户每年9600元为限额依次扣减
/// 其当年实际应缴纳……纳税人的实际经营期不足一年的，应当以实际月份换算其减免税限额。” The filing is a step, not a condition.
/// </summary>
[Name("veteran-placement/25-2-3-14/business-tax-deduction")]
[Description("自主就业退役士兵从事个体经营，3年内每户每年9600元限额扣减税费")]
[Program(VeteranPlacementPrograms.BusinessTaxDeduction)]
[Cites(VeteranPlacementSources.District, "二(三)14")]
public sealed class BusinessTaxDeductionRule : Rule
{
    public override void Define()
    {
        When()
            .Match<ProgramEligible>(p => p.Program == VeteranPlacementPrograms.SelfEmployment)
            .Match<CivilianLife>(c => c.IndividualBusiness.Value);

        Then()
            .Yield(_ => new ProgramApplies(VeteranPlacementPrograms.BusinessTaxDeduction))
            .Yield(_ => new ProgramEligible(VeteranPlacementPrograms.BusinessTaxDeduction))
            .Yield(_ => new AmountGranted(VeteranPlacementPrograms.BusinessTaxDeduction, "business-tax-cap"))
            .Yield(_ => new Notice(VeteranPlacementPrograms.BusinessTaxDeduction, "business-tax-details"));
    }
}
