using NRules.Fluent.Dsl;
using PolicyRules.Engine.Metadata;
using PolicyRules.Rules.Citizen.Facts;
using PolicyRules.Rules.Common;
using PolicyRules.Rules.EmploymentSubsidy.Facts;
using PolicyRules.Rules.EmploymentSubsidy.Facts.Derived;

namespace PolicyRules.Rules.EmploymentSubsidy.Rules.Employers;

/// <summary>
/// 西政发〔2017〕13号 二(四)：“用人单位在年度内招用本区登记失业人员10人以上、依法签订一年及以上期限劳动合同、按规定缴纳职工社会保险、按月足额发放不低于当年本市职工最低工资标准1.2倍的工资，在劳动合同履行期限内，按照每人3000元的标准申请一次性就业奖励。” 10人以上 includes 10 (interpretation ES-TEN-HIRES).
/// </summary>
[Name("employment-subsidy/13-2-4/bulk-hiring-reward")]
[Description("年度内招用本区登记失业人员10人以上，每人3000元一次性就业奖励")]
[Program(EmploymentSubsidyPrograms.BulkHiringReward)]
[Cites(EmploymentSubsidySources.Opinion, "二(四)")]
public sealed class BulkHiringRewardRule : Rule
{
    public override void Define()
    {
        PolicyContext<EmploymentSubsidyParameters> at = default!;
        ProgramApplies applies = default!;

        When()
            .Match(() => applies, p => p.Program == EmploymentSubsidyPrograms.BulkHiringReward)
            .Match(() => at)
            .Match<Hiring>(h => h.UnemployedHiredThisYear.Value >= at.Parameters.BulkHiringMinHires)
            .Match<HiringTermsMet>();

        Then()
            .Yield(_ => new ProgramEligible(applies.Program))
            .Yield(_ => new AmountGranted(applies.Program, "bulk-hiring-reward"))
            .Yield(_ => new Notice(applies.Program, "terms-per-hire"))
            .Yield(_ => new DocumentRequired(applies.Program, "labour-contract"))
            .Yield(_ => new DocumentRequired(applies.Program, "social-insurance-record"));
    }
}
